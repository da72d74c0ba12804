# asyncio Queue, Event, Lock, Semaphore, Condition
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q), repr(q).startswith("<Queue at 0x"))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    log = []
    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(("put", i))
    async def consumer():
        for _ in range(5):
            x = await q.get()
            log.append(("get", x))
            q.task_done()
    await asyncio.gather(producer(), consumer())
    print(log)
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    async def worker():
        while True:
            await jq.get()
            await asyncio.sleep(0)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print("joined", jq.qsize())
    w.cancel()

    ev = asyncio.Event()
    print(repr(ev).split(" at ")[0], repr(ev).split()[-1], ev.is_set())
    results = []
    async def waiter(i):
        await ev.wait()
        results.append(i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(sorted(results), ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    print(repr(lock).split(" at ")[0], repr(lock).split()[-1], lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    order = []
    async def critical(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(order)

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("max concurrent", active[1], sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await t)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
