# not in the image: asyncio needs the clock, which the enclave run does not grant
import asyncio, types
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
c = add(1, 2)
print(type(c).__name__, c.cr_code.co_name, c.__name__, c.cr_running)
try:
    c.send(None)
    c.send(None)
except StopIteration as e:
    print('result', e.value)
class Awaitable:
    def __await__(self):
        yield
        return 'awaited'
async def use():
    return await Awaitable()
co = use()
co.send(None)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def usebad():
    await BadAwait()
try:
    usebad().send(None)
except TypeError as e:
    print(e)
async def noawait():
    await 5
try:
    noawait().send(None)
except TypeError as e:
    print(e)
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
async def main():
    r = [x async for x in agen()]
    print(r)
    g = agen()
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('stop async')
    res = await asyncio.gather(add(1, 1), add(2, 2))
    print(res)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    t = asyncio.create_task(add(5, 5))
    print(await t, t.done(), t.result())
    async with Ctx() as v:
        print('in ctx', v)
    async for v in ARange(3):
        print('arange', v)
class Ctx:
    async def __aenter__(self):
        print('aenter'); return 42
    async def __aexit__(self, *a):
        print('aexit', a[0])
class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
asyncio.run(main())
@types.coroutine
def legacy():
    yield
    return 'legacy'
async def calls_legacy():
    return await legacy()
cl = calls_legacy(); cl.send(None)
try:
    cl.send(None)
except StopIteration as e:
    print(e.value)
import inspect
print(inspect.iscoroutinefunction(add), inspect.isasyncgenfunction(agen), inspect.isawaitable(Awaitable()), inspect.iscoroutine(c))
c2 = add(0, 0)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
async def raiser():
    raise ValueError('in coro')
try:
    asyncio.run(raiser())
except ValueError as e:
    print('run raised', e)
async def cancel_me():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled!')
        raise
async def canceller():
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', t.cancelled())
asyncio.run(canceller())
