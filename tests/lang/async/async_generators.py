# async generators: asend/athrow/aclose, StopAsyncIteration, errors
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def ag(n):
    for i in range(n):
        await Tick()
        got = yield i
        if got is not None:
            print("got", got)

g = ag(3)
print(type(g).__name__, type(g) is types.AsyncGeneratorType, g.__name__, g.__qualname__)
print(g.ag_running, g.ag_await, g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(a.send(None))            # the await inside yields 'tick'
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
a = g.asend("hello")
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)

async def collect(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out
print(run(collect(ag(4))))

async def drive():
    g = ag(5)
    r = [await g.__anext__(), await g.asend(None)]
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        r.append("stop")
    return r
print(run(drive()))

async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield 3

async def use_throw():
    g = thrower()
    r = [await g.__anext__()]
    r.append(await g.athrow(ValueError("v")))
    r.append(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        r.append("propagated " + str(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        r.append("exhausted")
    return r
print(run(use_throw()))

async def finalizer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def use_close():
    g = finalizer()
    print(await g.__anext__())
    await g.aclose()
    await g.aclose()
    return "closed"
print(run(use_close()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def use_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(run(use_stubborn()))

async def raises_stop():
    yield 1
    raise StopAsyncIteration

async def use_rs():
    try:
        return [x async for x in raises_stop()]
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(run(use_rs()))

async def raises_si():
    yield 1
    raise StopIteration

async def use_si():
    try:
        return [x async for x in raises_si()]
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(run(use_si()))

try:
    iter(ag(1))
except TypeError as e:
    print("TypeError", e)

async def agcomp():
    r1 = [x async for x in ag(3) if x != 1]
    r2 = {x: x * x async for x in ag(3)}
    r3 = {x async for x in ag(2)}
    g = (x * 10 async for x in ag(3))
    print(type(g).__name__)
    r4 = [y async for y in g]
    r5 = [[y async for y in ag(x)] for x in range(3)]
    return r1, r2, r3, r4, r5
print(run(agcomp()))

async def empty():
    return
    yield
print(run(collect(empty())))

async def reuse_anext():
    g = ag(2)
    a = g.__anext__()
    await a
    try:
        await a
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(run(reuse_anext()))
