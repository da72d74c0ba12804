# A task or future whose exception nobody retrieves is reported to the loop's exception
# handler ('Task exception was never retrieved'), as CPython does when it frees it; safepy
# has no finalizers and reports at loop close. Retrieved ones are never reported.
import asyncio


def handler(loop, context):
    fut = context['future']
    print(context['message'], '|', type(context['exception']).__name__,
          context['exception'], '|', type(fut).__name__, fut.get_loop() is loop)


async def boom(n):
    raise ValueError(n)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(boom('retrieved'))
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('future'))
    g = asyncio.get_running_loop().create_future()
    g.set_exception(KeyError('awaited'))
    try:
        await g
    except KeyError:
        pass
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(type(t.exception()).__name__)
    r = await asyncio.gather(boom('gathered'), return_exceptions=True)
    print(r)
    c = asyncio.create_task(boom('cancelled'))
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    # reported last in both: CPython when these are freed, safepy at close
    del f
    asyncio.create_task(boom('forgotten'))
    await asyncio.sleep(0)

asyncio.run(main())
print('after run')
