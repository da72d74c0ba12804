# type(): a class name with NUL is ValueError, one with a lone surrogate UnicodeEncodeError
# (also when assigned to __name__), as is a surrogate in a class __doc__; a __weakref__
# slot under a base that already has one is TypeError
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type('A\x00B', (), {}))
t(lambda: type('A\udcdcB', (), {}))
t(lambda: type(b'A', (), {}))
C = type('C', (), {})
def setn(v):
    C.__name__ = v
t(lambda: setn('A\x00B'))
t(lambda: setn('A\udcdcB'))
t(lambda: setn(b'A'))
def setq(v):
    C.__qualname__ = v
t(lambda: setq(b'A'))
t(lambda: type('A', (), {'__qualname__': b'x'}))
t(lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
print(type('A', (), {'__doc__': 'x\x00y'}).__doc__ == 'x\x00y')
A = type('A', (), {})
A.__doc__ = 'x\udcdcy'
print(ascii(A.__doc__))
for slots in [('__dict__', '__dict__'), ('__weakref__', '__weakref__'), ('a', 'a'), ('x\x00',), ('1a',), (b'a',), 42]:
    t(lambda: type('A', (), {'__slots__': slots}))
class B: pass
t(lambda: type('A', (B,), {'__slots__': '__dict__'}))
t(lambda: type('A', (B,), {'__slots__': '__weakref__'}))
t(lambda: type('A', (), {'__slots__': ('a',), 'a': 1}))
