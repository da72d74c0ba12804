# Assigning or deleting dunders on a class after creation updates behaviour (and subclasses).
def t(f):
    try:
        print("OK", f())
    except TypeError as e:
        print("TypeError:", e)
class Dyn:
    pass
class Sub(Dyn):
    pass
d = Dyn()
Dyn.__repr__ = lambda self: "dyn!"
print(repr(d), repr(Sub()), str(d))
Dyn.__add__ = lambda self, o: "added"
print(d + 1, Sub() + 2)
del Dyn.__add__
t(lambda: d + 1)
Dyn.__len__ = lambda self: 4
print(len(d), bool(d), len(Sub()))
Dyn.__bool__ = lambda self: False
print(bool(d), bool(Sub()))
Dyn.__getitem__ = lambda self, i: i * 2
print(d[5], Sub()[1])
Dyn.__call__ = lambda self, *a: a
print(d(1, 2))
Dyn.__eq__ = lambda s, o: True
sb = Sub()
print(d == 5, hash(sb) == hash(sb))
Dyn.__hash__ = None
t(lambda: hash(d))
Dyn.__iter__ = lambda self: iter([7, 8])
print(list(d), list(Sub()))
Sub.__iter__ = None
t(lambda: iter(Sub()))
Dyn.__str__ = lambda self: 'S'
print(str(d), f"{d}", '%s' % d)
Dyn.__format__ = lambda self, spec: 'F' + spec
print(format(d, 'x'), f"{d:yz}")
Dyn.__neg__ = lambda self: 'neg'
print(-d)
Dyn.__index__ = lambda self: 2
print([10, 20, 30][d], bin(d))
Dyn.__contains__ = lambda self, x: x == 'in'
print('in' in d, 'out' in d)
Dyn.__setattr__ = lambda self, k, v: print('setattr', k, v)
d.q = 1
print(hasattr(d, 'q'))
del Dyn.__setattr__
d.q = 2
print(d.q)
Dyn.__getattr__ = lambda self, k: 'ga_' + k
print(d.zzz, Sub().yyy)
