# in / not in across container types.
print(2 in [1, 2, 3], 2 in (1, 3), 'b' in 'abc', 'bc' in 'abc', 'k' in {'k': 1}, 1 in {'k': 1})
print(3 in {1, 2, 3}, 3 in range(5), 3 in range(0, 10, 2), [1] in [[1], [2]])
print(1.0 in [1], True in [1], None in [0, False, ''])
print('x' not in 'abc', 5 not in [5])
nan = float('nan')
lst = [nan]
print(nan in lst, float('nan') in lst)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 5 in [Eq()])
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
print(b'a' in b'abc', 97 in b'abc')
