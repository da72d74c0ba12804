# sum() keeps exact int results past 64 bits, adds floats left to right, and refuses strings.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('ints', lambda: sum(range(101)))
show('start', lambda: sum([1, 2], 10))
show('start kw', lambda: sum(range(10), start=5))
show('overflow', lambda: sum([2**62, 2**62, 2**62]))
show('negative overflow', lambda: sum([-2**63, -1, 5]))
show('bools', lambda: sum([True, True, False]))
show('floats', lambda: sum([0.1] * 10))
show('mixed', lambda: sum([1, 2.5, 3]))
show('int then float', lambda: sum([1, 2, 0.5, 2**70]))
show('float start', lambda: sum([1, 2], 0.5))
show('lists', lambda: sum([[1], [2, 3]], []))
show('tuples', lambda: sum([(1,), (2,)], ()))
show('empty', lambda: sum([]))
show('empty start', lambda: sum([], 'x'))
show('str start', lambda: sum(['a'], 'b'))
show('bytes start', lambda: sum([b'a'], b''))
show('bytearray start', lambda: sum([], bytearray()))
show('str items', lambda: sum(['a', 'b']))
show('not iterable', lambda: sum(1))
show('no args', lambda: sum())
show('gen', lambda: sum(x * x for x in range(10)))
class Money:
    def __init__(self, c):
        self.c = c
    def __radd__(self, other):
        return Money(other + self.c)
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
print(sum([Money(1), Money(2), Money(3)]).c)
print(sum([1.5, 2**53, 1]) == 1.5 + 2**53 + 1)
