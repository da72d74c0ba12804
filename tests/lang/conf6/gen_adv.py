def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield 'recovered'
    finally:
        print("finally")
    return 'done'
it = g()
t(lambda: it.send(5))
t(lambda: next(it))
t(lambda: it.send(3))
t(lambda: it.throw(ValueError('boom')))
t(lambda: next(it))
t(lambda: next(it))
it2 = g()
t(lambda: it2.send(None))
t(lambda: it2.close())
t(lambda: it2.close())
t(lambda: next(it2))
it3 = g()
t(lambda: it3.throw(KeyError('early')))
t(lambda: g().send(1))
def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            yield 'no'
c = catcher(); next(c)
t(lambda: c.close())
def deleg():
    r = yield from sub()
    print("sub returned", r)
    yield 'after'
def sub():
    a = yield 'a'
    print("sub got", a)
    return 'R'
d = deleg()
t(lambda: next(d)); t(lambda: d.send('X')); t(lambda: next(d))
def yf_throw():
    try:
        yield from sub()
    except KeyError as e:
        yield ('outer caught', e.args)
y = yf_throw(); next(y)
t(lambda: y.throw(KeyError('k')))
def running():
    yield next(r)
r = running()
t(lambda: next(r))
def stopper():
    yield 1
    raise StopIteration('x')
t(lambda: list(stopper()))
t(lambda: g.__name__)
gi = g()
t(lambda: (gi.gi_running, gi.gi_frame is not None, gi.gi_code.co_name))
t(lambda: list(gi))
t(lambda: gi.gi_frame)
ge = (x * x for x in range(3))
t(lambda: type(ge).__name__)
t(lambda: ge.__name__)
t(lambda: ge.__qualname__)
t(lambda: list(ge))
t(lambda: list(ge))
def ret_gen():
    return (yield from range(3))
t(lambda: list(ret_gen()))
def throw_tb():
    yield 1
gt = throw_tb(); next(gt)
t(lambda: gt.throw(ValueError))
t(lambda: gt.throw(ValueError, ValueError('a')))
def send_nonnone():
    yield 1
t(lambda: send_nonnone().send(5))
import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
t(lambda: list(itertools.islice(fib(), 10)))
t(lambda: sum(x for x in range(10) if x % 2))
gen_in_class = None
class K:
    vals = [1, 2]
    sq = [v * v for v in vals]
t(lambda: K.sq)
def lazy():
    print("started")
    yield 1
lz = lazy()
print("created")
t(lambda: next(lz))
