# asyncio.run_coroutine_threadsafe and wrap_future of a concurrent.futures.Future (both
# were missing), and the loop's class as CPython names it on POSIX.
import asyncio
import concurrent.futures


async def coro(x):
    await asyncio.sleep(0)
    return x


async def fails():
    await asyncio.sleep(0)
    raise KeyError('k')


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop), repr(loop))
    print(isinstance(loop, asyncio.BaseEventLoop), asyncio.SelectorEventLoop is type(loop))
    fut = asyncio.run_coroutine_threadsafe(coro(3), loop)
    print(type(fut).__name__, fut.done())
    print(await asyncio.wrap_future(fut), fut.done(), fut.result())
    fut = asyncio.run_coroutine_threadsafe(fails(), loop)
    try:
        await asyncio.wrap_future(fut)
    except KeyError as e:
        print('KeyError', e, type(fut.exception()).__name__)
    try:
        asyncio.run_coroutine_threadsafe(coro, loop)
    except TypeError as e:
        print(e)
    # a concurrent future completed by hand, and cancelled through the wrapper
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.isfuture(af), af.done())
    cf.set_result('direct')
    print(await af)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    af.cancel()
    await asyncio.sleep(0)
    print(cf.cancelled(), af.cancelled())
    f = loop.create_future()
    print(asyncio.wrap_future(f) is f)
    # cancelling the concurrent future of a submitted coroutine cancels its task
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    await asyncio.sleep(0)
    fut.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(fut.cancelled(), len(asyncio.all_tasks()))


asyncio.run(main())
loop = asyncio.new_event_loop()
print(type(loop).__name__)
loop.close()
