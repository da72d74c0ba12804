# not in the image: sleep
import asyncio
async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()
async def producer(q, n):
    for i in range(n):
        await q.put(i % 3)
async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await producer(q, 6)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(len(results), sorted(r[1] for r in results))
    async def fail(x):
        await asyncio.sleep(0)
        raise ValueError(f"fail {x}")
    async def ok(x):
        return x * 2
    print(await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail(5))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0)
            order.append(f"out{n}")
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen(4) if x % 2 == 0])
    done, pending = await asyncio.wait([asyncio.create_task(ok(i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    sem = asyncio.Semaphore(2)
    active = [0]; peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1; peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "fut done")
    print(await fut)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("timeout ctx ok")
    tg_results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(ok(i))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("tg"))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions])
print(asyncio.run(main()))
async def coro(): return 1
c = coro()
print(type(c).__name__, asyncio.iscoroutine(c))
print(asyncio.run(c))
try: asyncio.run(5)
except ValueError as e: print(e)
