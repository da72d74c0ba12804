# Locks, events, conditions, semaphores and queues are bound to the loop that first
# waits on them: using one from another loop raises RuntimeError (safepy waited forever,
# which hung test_asyncio.test_locks' test_ambiguous_loops).
import asyncio

q = asyncio.Queue()
lock = asyncio.Lock()
ev = asyncio.Event()


async def first():
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('x')
    print(await t)
    async with lock:
        t = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
    await t
    lock.release()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    print('first loop done')


async def second():
    # uncontended operations need no loop and still work
    q.put_nowait(1)
    print(q.get_nowait())
    async with lock:
        print('lock uncontended ok')
    ev.clear()
    for what, aw in (('queue', q.get()), ('event', ev.wait())):
        try:
            await aw
        except RuntimeError as e:
            print(what, str(e).endswith('is bound to a different event loop'))
    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), 1)
        except RuntimeError as e:
            print('lock', 'bound to a different event loop' in str(e))


asyncio.run(first())
asyncio.run(second())


async def ambiguous():
    other = asyncio.new_event_loop()
    lk = asyncio.Lock()
    lk._loop = other
    async with lk:
        cond = asyncio.Condition(lk)
        try:
            await cond.acquire()
        except RuntimeError as e:
            print('cond', type(e).__name__)
    sem = asyncio.Semaphore(0)
    sem._loop = other
    try:
        await sem.acquire()
    except RuntimeError:
        print('semaphore RuntimeError')
    other.close()

asyncio.run(ambiguous())
for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
            asyncio.BoundedSemaphore, asyncio.Queue):
    try:
        cls(loop=None)
    except TypeError as e:
        print(e)
