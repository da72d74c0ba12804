import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        out.append((name, item * item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f'w{i}', q, out)) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(v for _, v in out), len(out))
    async def slow(x):
        await asyncio.sleep(0.01 * x)
        return x * 10
    print(await asyncio.gather(slow(3), slow(1), slow(2)))
    try:
        await asyncio.wait_for(slow(100), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout')
    async def boom():
        raise ValueError('boom')
    res = await asyncio.gather(slow(1), boom(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
    t = asyncio.create_task(slow(50))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t.done())
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print(counter)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woke'
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen(4)])
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0.001)
            return len(active)
    print(len(await asyncio.gather(*(limited(i) for i in range(5)))))
    done, pending = await asyncio.wait([asyncio.create_task(slow(1)), asyncio.create_task(slow(2))])
    print(len(done), len(pending), sorted(d.result() for d in done))
    return 'main done'
print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
