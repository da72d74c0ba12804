# Index and repeat-count conversions of objects with __index__: errors name the object's
# own type (CPython's PyNumber_AsSsize_t), a huge negative repeat count is an
# OverflowError (not an empty sequence), bytes()/bytearray() fall back to iteration when
# __index__ raises TypeError, and Py_ssize_t arguments use their own message.
import array, collections


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IterNotIndex:
    def __index__(self):
        raise TypeError("nope")

    def __iter__(self):
        return iter([65, 66])


class IndexRaises:
    def __index__(self):
        raise ValueError("bad index")


cases = [
    '[0] * Idx(-(2**100))', '[0] * Idx(2**100)', '(1,) * Idx(2**100)', '(1,) * Idx(-(2**100))',
    '[1] * Idx(-3)', '(1, 2) * Idx(2)', 'collections.deque([1]) * Idx(-2**100)',
    'collections.deque([1]) * Idx(2)', '"a" * Idx(-(2**100))', 'b"a" * Idx(2**100)',
    '[0] * -(2**100)', '(0,) * -(2**100)', '[0] * 2.0', '[0] * "a"', '(1,) * None',
    '[1, 2][Idx(2**100)]', '[1, 2][Idx(-1)]', '"ab"[Idx(-2**100)]', '(1,)[Idx(2**100)]',
    'b"a"[Idx(2**100)]', 'bytearray(b"a")[Idx(2**100)]', 'array.array("b", [1])[Idx(2**100)]',
    'b"xy"[Idx(-2**100)]', '[1, 2][2**100]', 'range(3)[Idx(2**100)]',
    'bytes(Idx("3"))', 'bytearray(Idx(3.0))', 'bytes(IterNotIndex())', 'bytearray(IterNotIndex())',
    'bytes(IndexRaises())', 'bytes(Idx(-1))', 'bytes(Idx(2))', 'bytes(Idx(None))',
    '(1).to_bytes(Idx(-(2**100)), "big")', '(1).to_bytes(Idx(2), "big")', '(1).to_bytes(-1, "big")',
    '[1].pop(Idx(2**100))', '[1].insert(Idx(-2**100), 0)', '"abc".center(Idx(2**100))',
]
for e in cases:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '->', type(x).__name__, x)


def setitem(obj, key):
    try:
        obj[key] = 1
        print(obj)
    except Exception as x:
        print(type(x).__name__, x)


setitem(bytearray(b"ab"), Idx(2**100))
setitem([1, 2], Idx(-2**100))
setitem(array.array("b", [1]), Idx(2**100))
