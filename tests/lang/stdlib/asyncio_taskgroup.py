# asyncio.TaskGroup with except*
import asyncio

async def val(v, d=0.0):
    await asyncio.sleep(d)
    return v

async def bad(exc, d=0.0):
    await asyncio.sleep(d)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(val(1))
        t2 = tg.create_task(val(2, 0.01))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(ValueError("v")))
            slow = tg.create_task(val(3, 1))
    except* ValueError as eg:
        print("caught", repr(eg), slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(ValueError("a"), 0.01))
            tg.create_task(bad(TypeError("b"), 0.01))
    except* ValueError as eg:
        print("values", repr(eg))
    except* TypeError as eg:
        print("types", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(val(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(val(1))
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(OSError("x")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])
    return "ok"

print(asyncio.run(main()))
