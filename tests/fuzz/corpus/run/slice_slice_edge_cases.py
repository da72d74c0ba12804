# Slice bound clamping, negative steps and huge indices on several sequence types.
seqs = ['abcdef', [0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), range(6), b'abcdef']
for s in seqs:
    print(type(s).__name__, s[-100:100], s[4:1:-1], s[10 ** 20:], s[:-10 ** 20], s[::-10 ** 20])
print('abc'[-1::-1], 'abc'[-4::-1], 'abc'[:-4:-1], 'abc'[5:0:-1])
print(slice(0, 10, 3).indices(5), slice(-1, -10, -1).indices(5), slice(10, None, -2).indices(5))
print(list(range(*slice(1, 8, 3).indices(6))))
print([1, 2, 3][True:], 'hello'[False:True])
class Idx:
    def __index__(self):
        return 2
print('hello'[Idx():], [0, 1, 2, 3][:Idx()])
try:
    'abc'[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
