# asyncio.Future and Task API
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
    seen = []
    f.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
    f.set_result(42)
    print(repr(f), f.done(), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0)
    print(seen)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("raised", e)
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    c = loop.create_future()
    print(c.cancel("why"), c.cancel(), c.cancelled(), repr(c))
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    r = loop.create_future()
    loop.call_later(0.01, r.set_result, "later")
    print(await r)
    cb = lambda fut: None
    x = loop.create_future()
    x.add_done_callback(cb)
    x.add_done_callback(cb)
    print(x.remove_done_callback(cb), x.remove_done_callback(cb))

    async def work(v):
        await asyncio.sleep(0)
        return v
    t = asyncio.create_task(work(5), name="worker")
    print(t.get_name(), t.done(), isinstance(t, asyncio.Future))
    t.set_name("renamed")
    print(t.get_name(), await t, t.result())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    t2 = asyncio.create_task(work(1))
    print(t2 in asyncio.all_tasks())
    await t2
    print(t2 in asyncio.all_tasks())

    async def fails():
        raise OSError("nope")
    t3 = asyncio.create_task(fails())
    try:
        await t3
    except OSError as e:
        print("OSError", e, repr(t3.exception()))
    t4 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print(t4.cancel("stop"), t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, t4.cancelled())
    print(t4.cancel())

    async def catches():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            return "caught cancel"
    t5 = asyncio.create_task(catches())
    await asyncio.sleep(0)
    t5.cancel()
    print(await t5, t5.cancelled())
    fut = asyncio.ensure_future(work(9))
    print(type(fut).__name__, await fut)
    print(asyncio.isfuture(fut), asyncio.isfuture(5))
    return "ok"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
async def nested():
    asyncio.run(main())
c = nested()
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "x")), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError", e)
