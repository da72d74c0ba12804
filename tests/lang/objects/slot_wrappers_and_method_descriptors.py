# Builtin types expose their C slots as wrapper descriptors and methods as method descriptors.
print(int.__add__(1, 2), int.__dict__['__add__'], (1).__add__(2), int.__add__(1, 'a'))
print(int.__radd__(1, 2), int.__lt__(1, 2), object.__init__, list.__getitem__([1, 2], 1))
print(object.__new__(object).__class__, object.__eq__(1, 1), object.__ne__(1, 2))
d = {}
dict.__setitem__(d, 'k', 1)
print(d, str.__repr__('x'), str.__len__('abc'), list.__len__([1]), tuple.__contains__((1,), 1))
print(list.append, int.bit_length, int.__dict__['real'], object.__dict__['__class__'])
l = []
list.append(l, 3)
print(l, list.__iadd__(l, [4]))
def t(f):
    try:
        print('OK', f())
    except TypeError as e:
        print('TypeError', e)
t(lambda: list.append())
t(lambda: int.bit_length('a'))
t(lambda: int.__add__('a', 1))
t(lambda: int.__add__(1))
t(lambda: int.__repr__(1, 2))
t(lambda: object.__new__(list))
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: int.__new__(int, 5))
t(lambda: int.__new__(str, 5))
t(lambda: dict.fromkeys('ab'))
t(lambda: '__hash__' in list.__dict__ and list.__hash__ is None)
t(lambda: [n for n in ('__add__', '__str__', '__repr__', '__hash__') if n in int.__dict__])
t(lambda: int.__dict__['bit_length'].__name__)
t(lambda: int.__dict__['__add__'].__objclass__)
bound = (5).bit_length
print(bound(), type(bound).__name__, bound.__self__ if hasattr(bound, '__self__') else None)
class Sub(int):
    def __add__(self, o):
        return 'Sub+' + str(int.__add__(self, o))
print(Sub(2) + 3, 3 + Sub(2), super(Sub, Sub(2)).__add__(1))
