# if/elif/else chains choose the first true branch.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 10, 99, 100, 10 ** 9]:
    print(n, classify(n))
def grade(score):
    if score >= 90: return 'A'
    if score >= 80: return 'B'
    return 'C'
print([grade(s) for s in [95, 85, 50]])
