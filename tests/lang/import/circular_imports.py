# Circular imports between modules work when names are used after loading completes.
import mod_circ.a
from mod_circ import a, b
print(a.use_b())
print(b.use_a())
print(a.b is b, b.a is a)
try:
    import mod_circfail.x
except ImportError as e:
    print(type(e).__name__, e.name)
    print('circular import' in str(e))
