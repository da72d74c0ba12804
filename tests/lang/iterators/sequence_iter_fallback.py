# Objects with only __getitem__ are iterable via the legacy sequence protocol.
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
L = Letters('abc')
print(list(L), 'b' in L, 'z' in L, list(reversed(list(L))))
it = iter(L)
print(type(it).__name__, next(it), next(it))
a, b, c = Letters('xyz')
print(a, b, c)
print(sorted(Letters('cab')), ''.join(Letters('hey')))
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)
