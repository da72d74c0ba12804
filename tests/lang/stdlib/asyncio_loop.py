# event loop API: new_event_loop, run_until_complete, call_soon/call_later/call_at,
# stop/run_forever, exception handler, pending tasks cancelled by asyncio.run
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
out = []
loop.call_soon(out.append, "soon")
h = loop.call_later(0.01, out.append, "later")
print(type(h).__name__, h.cancelled(), isinstance(h.when(), float))
loop.call_at(loop.time() + 0.02, loop.stop)
loop.run_forever()
print(out)

async def coro(x):
    await asyncio.sleep(0)
    return x * 3
print(loop.run_until_complete(coro(4)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from future")
print(loop.run_until_complete(fut))
task = loop.create_task(coro(5))
print(loop.run_until_complete(task), task.done())

async def fail():
    raise ZeroDivisionError("zero")
try:
    loop.run_until_complete(fail())
except ZeroDivisionError as e:
    print("propagated", e)

def handler(lp, ctx):
    print("handler:", ctx["message"].split(" at ")[0], repr(ctx.get("exception")))
loop.set_exception_handler(handler)
def bad_cb():
    raise RuntimeError("in callback")
loop.call_soon(bad_cb)
loop.run_until_complete(asyncio.sleep(0.01))
print(loop.get_exception_handler() is handler)
try:
    loop.call_soon(5)
except TypeError as e:
    print("TypeError", e)
async def inner_run():
    try:
        loop.run_until_complete(coro(1))
    except RuntimeError as e:
        print("RuntimeError", e)
loop.run_until_complete(inner_run())
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.set_event_loop(None)

async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cancelled at shutdown:", name)
        raise
    finally:
        print("finally", name)

async def main():
    asyncio.create_task(forever("t1"))
    await asyncio.sleep(0)
    return "main done"
print(asyncio.run(main()))

with asyncio.Runner() as runner:
    print(runner.run(coro(2)), runner.run(coro(3)))
    print(type(runner.get_loop()).__name__ != "")
