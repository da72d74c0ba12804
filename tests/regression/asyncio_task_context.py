# asyncio ignored contextvars: tasks shared one context (a var set in one task leaked into others), call_soon/add_done_callback context= was not used.
import asyncio, contextvars
v = contextvars.ContextVar('v', default=0)
async def t(i):
    v.set(i)
    await asyncio.sleep(0)
    return v.get()
async def main():
    v.set(100)
    r = await asyncio.gather(t(1), t(2))
    print(r, v.get())
    task = asyncio.ensure_future(t(7))
    await task
    print(v.get())
    ctx = contextvars.copy_context()
    ctx.run(v.set, 55)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(v.get()), context=ctx)
    print(await fut)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print('cb', v.get()), context=ctx)
    fut2.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t2 = asyncio.create_task(t(9), context=ctx)
    print(await t2, ctx[v])
    return v.get()
print(asyncio.run(main()), v.get())
async def m2():
    # TaskGroup tasks and Future callbacks each get their own copy.
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(t(11))
        b = tg.create_task(t(12))
    print(a.result(), b.result(), v.get())
    return hasattr(asyncio.Task, 'get_context'), hasattr(asyncio.Handle, 'get_context')
print(asyncio.run(m2()))
with asyncio.Runner() as r:
    r.run(t(5))
    print(r.run(t(6)), v.get())
