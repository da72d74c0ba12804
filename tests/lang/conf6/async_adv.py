# not in the image: asyncio timers need sleep, which the enclave run does not grant
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item))
        q.task_done()
class ACM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None); return True
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def main():
    print([x async for x in agen(4)])
    print([x async for x in AIter()])
    async with ACM() as a:
        raise ValueError
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(5): await q.put(i)
    for _ in ws: await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(i for _, i in out))
    r = await asyncio.gather(asyncio.sleep(0, 'a'), asyncio.sleep(0, 'b'))
    print(r)
    async def fail(): raise KeyError('kk')
    r = await asyncio.gather(fail(), asyncio.sleep(0, 1), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0); ev.set()
    asyncio.create_task(setter())
    await ev.wait(); print("event set")
    lock = asyncio.Lock()
    async with lock: print("locked", lock.locked())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 42)
    print(await fut)
    sem = asyncio.Semaphore(2)
    async def use(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print(await asyncio.gather(*(use(i) for i in range(4))))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, x)) for x in range(3)])
    print(sorted(d.result() for d in done), len(pending))
    async def coro(): return 1
    c = coro()
    print(type(c).__name__, asyncio.iscoroutine(c))
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    g = agen(2)
    print(await g.__anext__(), await anext(g), await anext(g, 'dflt'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    print(await asyncio.shield(asyncio.sleep(0, 's')))
    async for i in aiter(AIter()):
        print("ai", i)
asyncio.run(main())
async def top(): raise RuntimeError("top fail")
try:
    asyncio.run(top())
except RuntimeError as e:
    print("run raised", e)
print(asyncio.run(asyncio.sleep(0, 'result')))
