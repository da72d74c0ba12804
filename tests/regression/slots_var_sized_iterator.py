# the nonempty-__slots__ check for int/tuple/bytes subclasses re-read __slots__ after read_slots had consumed it: an iterator __slots__ passed the check (int subclass with a slot), and it ran after the item checks (wrong error for [5])
def t(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


t(lambda: type('X', (int,), {'__slots__': iter(['a'])}))
t(lambda: type('X', (int,), {'__slots__': iter([])}).__name__)
n = [0]


def gen():
    n[0] += 1
    yield 'a'


t(lambda: type('X', (object,), {'__slots__': gen()}).__name__)
print(n)
t(lambda: type('X', (tuple,), {'__slots__': {'a': 1}}))
t(lambda: type('X', (int,), {'__slots__': ['__dict__']}))
t(lambda: type('X', (int,), {'__slots__': [5]}))
t(lambda: type('X', (bytes,), {'__slots__': ('__weakref__',)}))
t(lambda: type('X', (type,), {'__slots__': 'q'}))


class MyInt(int):
    pass


t(lambda: type('X', (MyInt,), {'__slots__': ['a']}))
t(lambda: type('X', (int,), {'__slots__': ()}).__name__)
t(lambda: type('X', (str,), {'__slots__': ('a',)}).__name__)
