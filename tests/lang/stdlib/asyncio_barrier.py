# asyncio.Barrier
import asyncio

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    order = []
    async def worker(i):
        order.append(("before", i))
        idx = await b.wait()
        order.append(("after", i))
        return idx
    r = await asyncio.gather(*(worker(i) for i in range(3)))
    print(sorted(r), order[:3], sorted(order[3:]))
    print(b.n_waiting, b.broken)
    async def waiter():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError:
            return "broken"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(b.n_waiting)
    await b.abort()
    print(await t, b.broken)
    await b.reset()
    print(b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    async with asyncio.Barrier(1) as idx:
        print("context index", idx)

asyncio.run(main())
