# issubclass through plain objects whose __bases__ share their bases (a DAG: every level
# names the next one twice). CPython 3.11 walks every path, 2**60 of them here, and never
# answers; safepy expands each object once. The expected output was recorded with
# python3.11 on LEVELS = 12 (4096 paths; the answers do not depend on the depth).
LEVELS = 60
class C:
    pass
x, y = C(), C()
x.__bases__ = ()
y.__bases__ = ()
node = x
for i in range(LEVELS):
    o = C()
    o.__bases__ = (node, node)
    node = o
print(issubclass(node, x), issubclass(node, y))
# a DAG of distinct objects: two parents per level, both leading to the two of the next
left, right = x, C()
right.__bases__ = ()
for i in range(LEVELS):
    l, r = C(), C()
    l.__bases__ = (left, right)
    r.__bases__ = (right, left)
    left, right = l, r
print(issubclass(left, x), issubclass(right, x), issubclass(left, y))
# a cycle through objects with several bases: RecursionError, as CPython
a, b = C(), C()
a.__bases__ = (b, y)
b.__bases__ = (a, C())
for d, c in ((a, y), (b, y), (a, x), (y, a)):
    try:
        print(issubclass(d, c))
    except RecursionError as e:
        print('RecursionError', e)
# isinstance takes the same walk through __class__
class Inst:
    @property
    def __class__(self):
        return node
print(isinstance(Inst(), x), isinstance(Inst(), y))
