# complex.__complex__ exists in CPython 3.11 (session 13: it was missing from safepy, so
# dir(complex) differed and (1j).__complex__() raised AttributeError). It returns the
# value as an exact complex: self for a complex, a plain copy for a subclass instance.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
c = complex(1, 2)
t('exact', lambda: c.__complex__())
t('same object', lambda: c.__complex__() is c)
class C(complex): pass
t('subclass', lambda: C(3, -4).__complex__())
t('complex(subclass)', lambda: complex(C(3, -4)))
class D(complex):
    def __complex__(self): return 5j
t('overridden', lambda: complex(D(1)))
t('unbound on int', lambda: complex.__complex__(1))
t('extra arg', lambda: (1j).__complex__(1))
t('in dir', lambda: '__complex__' in dir(complex))
t('doc', lambda: complex.__complex__.__doc__)
t('nan', lambda: complex(float('nan'), -0.0).__complex__())
class I(int):
    def __complex__(self): return 2j
class F(float):
    def __complex__(self): return 3j
t('int subclass', lambda: complex(I(7)))
t('float subclass', lambda: complex(F(7.5)))
t('imag not consulted', lambda: complex(1, F(2.0)))
t('plain subclasses', lambda: (complex(C(1, 1)), complex(float.__new__(type('G', (float,), {}), 2.5))))
class Bad(complex):
    def __complex__(self): return 'no'
t('bad return', lambda: complex(Bad(1)))
