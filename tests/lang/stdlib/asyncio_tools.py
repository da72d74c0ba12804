# asyncio gather / wait_for / wait / as_completed / shield / timeout / sleep timing
import asyncio
import time

async def val(v, d=0):
    await asyncio.sleep(d)
    return v

async def bad(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(val(1), val(2, 0.01), val(3)))
    print(await asyncio.gather(val(1), bad("x"), return_exceptions=True))
    try:
        await asyncio.gather(bad("first"), val(2, 0.01))
    except ValueError as e:
        print("gather raised", e)
    c = val(7)
    print(await asyncio.gather(c, c))
    g = asyncio.gather(val(1, 1), val(2, 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t = asyncio.create_task(val(1, 5))
    g2 = asyncio.gather(t, val(2), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([type(x).__name__ for x in await g2])

    t0 = time.monotonic()
    try:
        await asyncio.wait_for(val(1, 10), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out", time.monotonic() - t0 >= 0.04)
    print(await asyncio.wait_for(val("fast"), timeout=1))
    print(await asyncio.wait_for(val("none"), timeout=None))
    try:
        await asyncio.wait_for(val(1, 1), timeout=0)
    except asyncio.TimeoutError as e:
        print("timeout 0", type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(bad("inner"), timeout=1)
    except ValueError as e:
        print("wait_for raised", e)

    tasks = [asyncio.create_task(val(i, 0.01 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    tasks = [asyncio.create_task(val(i, 0.05 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(val(1, 1))]
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    tasks[0].cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait([val(1)])
    except TypeError as e:
        print("TypeError", e)

    order = []
    for fut in asyncio.as_completed([val("slow", 0.03), val("fast", 0.01), val("mid", 0.02)]):
        order.append(await fut)
    print(order)

    inner = asyncio.create_task(val("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)

    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)

    t0 = time.monotonic()
    await asyncio.sleep(0.1)
    el = time.monotonic() - t0
    print("slept", 0.09 <= el < 10.0)
    print(await asyncio.sleep(0, result="r"))
    loop = asyncio.get_running_loop()
    out = []
    loop.call_soon(out.append, 1)
    loop.call_later(0.02, out.append, 3)
    h = loop.call_later(0.01, out.append, "cancelled")
    h.cancel()
    loop.call_soon(out.append, 2)
    await asyncio.sleep(0.05)
    print(out)

asyncio.run(main())
