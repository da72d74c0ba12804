# The special methods the builtin types list: no __bool__ on str/bytes/bytearray/deque
# (they are true by length), no __invert__ on float/complex, deque has only + and *.
import collections

for t in [str, bytes, bytearray, float, complex, int, bool, list, dict, range, collections.deque]:
    names = ['__bool__', '__invert__', '__add__', '__sub__', '__mul__', '__rmul__', '__iadd__',
             '__imul__', '__or__', '__ior__', '__and__', '__neg__', '__abs__', '__len__']
    print(t.__name__, [n for n in names if hasattr(t, n)])
print(sorted(n for n in dir(collections.deque) if n.startswith('__') and n.endswith('__')))
print(bool(''), bool('a'), bool(b''), bool(bytearray(b'x')), bool(collections.deque()),
      bool(collections.deque([0])))
for expr in ['~1.5', '~1j', 'collections.deque() - collections.deque()', '-"a"']:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)


class S(str):
    pass


class F(float):
    def __invert__(self):
        return 'inverted'


print(bool(S('')), bool(S('a')), ~F(2.0))
d = collections.deque([1, 2])
d += [3]
d *= 2
print(d, d + d, 2 * d)
