# Walrus in while conditions and if chains to avoid recomputation.
def tokens(text):
    pos = 0
    while (space := text.find(' ', pos)) != -1:
        yield text[pos:space]
        pos = space + 1
    yield text[pos:]
print(list(tokens('alpha beta gamma')))
def classify(s):
    if (n := len(s)) > 10:
        return f'long ({n})'
    elif (vowels := sum(c in 'aeiou' for c in s)) > n // 2:
        return f'vowel-heavy ({vowels}/{n})'
    return f'plain ({n})'
print([classify(s) for s in ['aeiou', 'rhythm', 'extraordinarily']])
nums = [3, 8, 1, 9, 4]
best = None
for n in nums:
    if best is None or (diff := abs(n - 5)) < best[1]:
        best = (n, abs(n - 5))
print(best)
print([y for x in range(6) if (y := x * x) % 2])
