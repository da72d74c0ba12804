# Argument errors of C functions parsed with args_parse follow CPython's clinic wording.
def t(f):
    try: print(f())
    except TypeError as e: print(e)
M = type(__import__('sys'))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=1, fset=2, fdel=3, doc=4, x=5))
t(lambda: property(1, fget=2))
t(lambda: property(bogus=1))
t(lambda: M())
t(lambda: M('a', 'b', 'c'))
t(lambda: M(name='a', doc='b').__doc__)
t(lambda: M('a', name='b'))
t(lambda: M(doc='x'))
