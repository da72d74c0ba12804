# Generators: send/throw/close, gi_running, return values, yield from delegation.
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = counter()
print(next(g))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value, e.args)

g = counter()
try:
    g.send(1)
except TypeError as e:
    print(e)

def running():
    yield gen.gi_running
    try:
        next(gen)
    except ValueError as e:
        yield str(e)
gen = running()
print(gen.gi_running, next(gen), next(gen), gen.gi_running)

def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught', e)
c = catcher()
next(c)
print(c.throw(ValueError('boom')))
print(c.throw(ValueError, 'b2'))
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(c, 'exhausted'))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
f = fin()
next(f)
f.close()
f.close()
print(list(fin()))

def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'
o = outer()
print(next(o))
print(o.send('a'))
print(o.send('b'))
print(list(outer()))

def from_iter():
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'ab'
print(list(from_iter()))

def delegate_throw():
    try:
        yield from catcher()
    finally:
        print('outer finally')
d = delegate_throw()
next(d)
print(d.throw(ValueError('through')))
d.close()

def gen_exc_state():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 1
        raise
g = gen_exc_state()
next(g)
try:
    raise ValueError('outside')
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print('reraised', repr(e), repr(e.__context__))

def early():
    return 5
    yield
try:
    next(early())
except StopIteration as e:
    print('early', e.value)

def st():
    yield 1
    raise StopIteration('bad')
try:
    list(st())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

print(type(counter()).__name__, counter().__name__, counter().__qualname__)
print(repr(counter()).startswith('<generator object counter at 0x'))
def nested():
    def g():
        yield
    return g()
print(repr(nested()).startswith('<generator object nested.<locals>.g at 0x'))
gg = (i * i for i in range(4))
print(list(gg), list(gg))
print(sum(x for x in range(10) if x % 2))
