# gen.throw(cls) whose construction fails (a __new__ returning a non-exception, an
# __init__ raising) throws that error into the generator, as CPython normalizes the
# exception inside the frame (an unstarted generator is finished by it); argument
# errors stay with the caller.
def t(f):
    try: print('->', repr(f()))
    except BaseException as e: print('!', type(e).__name__, e)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
class Boom(Exception):
    def __init__(self, *a):
        raise ValueError('ctor boom')
def boring():
    yield
g = boring()
t(lambda: g.throw(E)); t(lambda: next(g))
def catcher():
    try:
        yield 1
    except TypeError as e:
        print('caught inside:', e)
        yield 2
g = catcher(); next(g)
t(lambda: g.throw(E)); t(lambda: next(g))
g = catcher(); next(g)
t(lambda: g.throw(Boom))
def catch_all():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__
g = catch_all(); next(g)
t(lambda: g.throw(Boom))
g = catch_all(); next(g)
t(lambda: g.throw(ValueError, 'v'))
g = catch_all(); next(g)
t(lambda: g.throw(ValueError(), 'extra'))
g = catch_all(); next(g)
t(lambda: g.throw(42))
t(lambda: next(g))
def outer():
    r = yield from catch_all()
    yield r
g = outer(); next(g)
t(lambda: g.throw(Boom))
async def co():
    return 1
c = co()
t(lambda: c.throw(E))
t(lambda: c.send(None))
