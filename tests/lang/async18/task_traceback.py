# not in the image: __file__ (source file names and lines)
# An error raised in a task and re-raised by `await task`, gather, TaskGroup or
# asyncio.run shows only the user's frames in its traceback, as with CPython's C
# Future/Task (safepy's Python ones were listed: __await__, __wakeup, result, __step).
import asyncio
import traceback


async def leaf():
    await asyncio.sleep(0)
    raise ValueError("leaf")


async def mid():
    await leaf()


def show(exc):
    # the script's directory differs between machines: print file names only
    text = ''.join(traceback.format_exception(exc))
    print(text.replace(__file__, __file__.rpartition('/')[2]), end='')


def names(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]


async def main():
    t = asyncio.create_task(mid())
    try:
        await t
    except ValueError as e:
        show(e)
    try:
        await asyncio.gather(mid(), return_exceptions=False)
    except ValueError as e:
        print(names(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(mid())
    except ExceptionGroup as eg:
        show(eg.exceptions[0])
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(names(e))
    fut.set_exception(KeyError('k'))
    try:
        await fut
    except KeyError as e:
        print(names(e))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', names(e)[0])
    # the future's own frames are hidden, a subclass's are not
    class MyFuture(asyncio.Future):
        def result(self):
            return super().result()
    f2 = MyFuture()
    f2.set_exception(OSError(2))
    try:
        f2.result()
    except OSError as e:
        print(names(e))


async def top():
    await mid()

try:
    asyncio.run(top())
except ValueError as e:
    print(names(e)[-3:])

asyncio.run(main())

# co_flags is a bit set: code.replace takes any non-negative C int for it
def f():
    pass
print(hex(f.__code__.replace(co_flags=f.__code__.co_flags | 0x1000000).co_flags))
try:
    f.__code__.replace(co_flags=-1)
except ValueError as e:
    print('VE')
