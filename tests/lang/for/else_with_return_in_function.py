# for-else interplay with return and exceptions inside functions.
def search(matrix, value):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == value:
                return (r, c)
    else:
        return None
m = [[1, 2], [3, 4]]
print(search(m, 4), search(m, 9))
def check_all(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative: {x}')
    else:
        return 'all ok'
print(check_all([1, 2]))
try:
    check_all([1, -2])
except ValueError as e:
    print(type(e).__name__, e)
