import asyncio
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finally')
async def main():
    async for v in agen():
        pass
    await asyncio.sleep(0)
    g = agen()
    print(await g.asend(None))
    try:
        await g.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow propagated', e)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    lock = asyncio.Lock()
    order = []
    async def worker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
            order.append(-n)
    await asyncio.gather(*(worker(i) for i in range(1, 4)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'event set'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    results = await asyncio.gather(fail(), ok(), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    try:
        await asyncio.gather(fail(), ok())
    except ValueError as e:
        print('gather raised', e)
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0)
            return len(active)
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    done, pending = await asyncio.wait([asyncio.create_task(ok()), asyncio.create_task(ok())])
    print(len(done), len(pending))
    print(await asyncio.wait_for(ok(), 1))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'fut result')
    print(await fut)
    async with asyncio.timeout(1) if hasattr(asyncio, 'timeout') else asyncio.Lock():
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok())
            tg.create_task(fail())
    except* ValueError as eg:
        print('taskgroup', [str(e) for e in eg.exceptions])
async def fail():
    await asyncio.sleep(0)
    raise ValueError('failed')
async def ok():
    await asyncio.sleep(0)
    return 'ok'
asyncio.run(main())
print(asyncio.iscoroutinefunction(main), asyncio.run(ok()))
