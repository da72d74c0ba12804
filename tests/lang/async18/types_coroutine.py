# types.coroutine flags a generator function's code CO_ITERABLE_COROUTINE in place (the
# function itself is returned), wraps generator-like objects in _GeneratorWrapper, and
# asyncio.iscoroutine accepts any collections.abc.Coroutine.
import types
import asyncio
import collections.abc as cabc


def gen():
    x = yield 'sent-out'
    return x * 2


orig_code = gen.__code__
deco = types.coroutine(gen)
print(deco is gen, gen.__code__ is orig_code, bool(gen.__code__.co_flags & 0x100))
print(types.coroutine(deco) is deco)

g = gen()
print(type(g).__name__, isinstance(g, cabc.Awaitable), isinstance(g, cabc.Coroutine))


async def user():
    return await gen()

c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)


async def native():
    return 1

print(types.coroutine(native) is native)


class DuckGen:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration(v)
        return self.n
    def throw(self, *a):
        raise a[0]
    def close(self):
        pass

cabc.Generator.register(DuckGen)


@types.coroutine
def duck():
    return DuckGen()

w = duck()
print(type(w).__name__, w.__name__, iter(w) is w, w.__await__() is w)
print(next(w), w.send(None))
try:
    w.send('end')
except StopIteration as e:
    print('stop', e.value)
print(duck.__name__, duck.__wrapped__.__name__)


@types.coroutine
def plain_obj():
    return 42

print(plain_obj())


def genfunc_returner():
    def inner():
        yield 5
    return inner()

wrapped = types.coroutine(genfunc_returner)
r = wrapped()
print(type(r).__name__, r.__qualname__, r.gi_running, r.cr_running, r.gi_code is r.cr_code)
print(iter(r) is not r)

try:
    types.coroutine(1)
except TypeError as e:
    print(e)


class MyCoro(cabc.Coroutine):
    def send(self, v):
        raise StopIteration(v)
    def throw(self, *a):
        pass
    def __await__(self):
        return iter(())

print(asyncio.iscoroutine(MyCoro()), asyncio.iscoroutine(gen()), asyncio.iscoroutine(1))


@types.coroutine
def sleep0():
    yield


async def main():
    await sleep0()
    return 'ran'

print(asyncio.run(main()))
