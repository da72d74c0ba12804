# hash(), id(), repr(), ascii() and format() on builtin and user objects.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('hash ints', lambda: (hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(True)))
show('hash float', lambda: (hash(1.0) == hash(1), hash(0.5), hash(-0.0)))
show('hash tuple eq', lambda: hash((1, 2)) == hash((1, 2)))
show('hash list', lambda: hash([]))
show('hash dict', lambda: hash({}))
class H:
    def __hash__(self):
        return 12345
show('hash class', lambda: hash(H()))
class NoHash:
    __hash__ = None
show('hash none', lambda: hash(NoHash()))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(5) == id(5))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) and False)
show('repr', lambda: (repr('a\n'), repr(1.5), repr([1, 'x']), repr(None)))
show('ascii', lambda: (ascii('é'), ascii('abc'), ascii(['ü']), ascii('\U0001F600')))
show('format', lambda: (format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(7)))
show('format bad spec', lambda: format(1, 2))
show('format unknown code', lambda: format(1, 'z'))
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
show('format class', lambda: (format(F(), 'abc'), f'{F():xyz}'))
show('len', lambda: (len('abc'), len([1]), len({}), len(range(10)), len(b'ab')))
show('len int', lambda: len(5))
class L:
    def __len__(self):
        return 7
show('len class', lambda: len(L()))
class NegLen:
    def __len__(self):
        return -1
show('len negative', lambda: len(NegLen()))
show('len one arg', lambda: len())
