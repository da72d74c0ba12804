def g():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except KeyError as e:
        print('caught', repr(e))
        y = yield 'recovered'
    return y
it = g()
print(next(it), it.send('a'), it.throw(KeyError('k')))
try:
    it.send('final')
except StopIteration as e:
    print('stop', e.value, e.args)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.__name__, it.__qualname__)
next(it)
print(it.gi_frame.f_lineno > 0, it.gi_suspended if hasattr(it, 'gi_suspended') else '')
it.close()
print(it.gi_frame)
try:
    next(it)
except StopIteration:
    print('exhausted')
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('genexit')
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
def stopper():
    yield 1
    raise StopIteration('x')
try:
    list(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def deleg():
    r = yield from g()
    print('deleg got', r)
    return 'D'
d = deleg()
print(next(d), d.send(1), d.throw(KeyError('z')))
try:
    d.send(9)
except StopIteration as e:
    print(e.value)
def sub():
    yield 1
    return 'subret'
def outer():
    v = yield from sub()
    yield v
print(list(outer()))
print(list(x for x in range(3)), type(x for x in []).__name__)
ge = (i * i for i in range(4))
print(next(ge), list(ge), list(ge))
def running():
    yield ge2.gi_running
ge2 = running()
print(next(ge2))
def selfref():
    yield next(sr)
sr = selfref()
try:
    next(sr)
except ValueError as e:
    print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
def yf():
    yield from It()
    yield from [10, 20]
    yield from 'ab'
print(list(yf()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(e)
import inspect
def gen(): yield
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.getgeneratorstate(gen()))
gs = gen(); next(gs); print(inspect.getgeneratorstate(gs)); gs.close(); print(inspect.getgeneratorstate(gs))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def counter():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
cc = counter(); next(cc)
for v in [1, 2, 3]:
    print(cc.send(v), end=' ')
print()
try:
    cc.send(None)
except StopIteration as e:
    print('done', e.value)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError('before start'))
except ValueError as e:
    print('thrown at start', e)
print(list(t))
t2 = thrower()
try:
    t2.throw(ValueError, 'old style')
except ValueError as e:
    print(e)
