# Lists compare lexicographically, element by element.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 99], [1, [2, 3]] < [1, [2, 4]])
print([1, 2] == (1, 2), [1] == [1.0], [[]] == [[]])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 2])
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], l[0] == l[0])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
