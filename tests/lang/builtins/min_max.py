# max/min over iterables or several arguments, with key= and default=, and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('max list', lambda: max([3, 1, 4, 1, 5]))
show('min args', lambda: min(3, 1, 4))
show('max str', lambda: max('hello'))
show('max key', lambda: max(['aa', 'b', 'ccc'], key=len))
show('min key', lambda: min([3, 1, 2], key=lambda x: -x))
show('max first of equal', lambda: max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
show('min first of equal', lambda: min([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
show('max default', lambda: max([], default='none'))
show('max default used not', lambda: max([2], default='none'))
show('max key None', lambda: max([1, 2], key=None))
show('max empty', lambda: max([]))
show('min empty', lambda: min(()))
show('max no args', lambda: max())
show('min kw only', lambda: min(key=len))
show('max one int', lambda: max(1))
show('min default multi', lambda: min(1, 2, default=3))
show('max bad kw', lambda: max(1, 2, foo=1))
show('max bad key', lambda: max(1, 2, key=5))
show('max mixed', lambda: max(1, 'a'))
show('max gen', lambda: max(x * x for x in range(-5, 3)))
show('min dict', lambda: min({'b': 1, 'a': 2}))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'V(%d)' % self.v
show('max class', lambda: max(V(2), V(7), V(3)))
show('min class', lambda: min([V(2), V(7), V(1)]))
