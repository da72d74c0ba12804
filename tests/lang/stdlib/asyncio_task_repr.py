# Task reprs (coroutine location, cancelling state) and default task names
import asyncio
async def work():
    await asyncio.sleep(0.01)
    return 5
async def main():
    t = asyncio.create_task(work(), name="w")
    print(repr(t).replace(__file__, "FILE"))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "FILE").split(" wait_for=")[0])
    await t
    print(repr(t).replace(__file__, "FILE"))
    t2 = asyncio.create_task(work())
    await asyncio.sleep(0)
    t2.cancel()
    print(repr(t2).replace(__file__, "FILE").split(" wait_for=")[0])
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(repr(t2).replace(__file__, "FILE"))
asyncio.run(main())
async def w2(): pass
async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(w2(), name="x")
    b = asyncio.create_task(w2())
    print(b.get_name())
    await asyncio.gather(a, b)
asyncio.run(main())
