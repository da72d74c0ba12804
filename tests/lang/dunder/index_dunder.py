# __index__ lets objects be used as sequence indices, in slices, bin/hex and range.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = ['a', 'b', 'c', 'd']
print(lst[I(1)], lst[I(-1)], lst[I(1):I(3)], 'xyz'[I(2)])
print(bin(I(5)), hex(I(255)), oct(I(8)), list(range(I(3))))
print([0] * I(3), 'ab' * I(2), I(7).__index__())
class Bad:
    def __index__(self):
        return 'no'
try:
    lst[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
class NoIndex:
    pass
try:
    lst[NoIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(I(4)), float(I(4)), I(4) == 4)
