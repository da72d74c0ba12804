# contextlib: asynccontextmanager objects decorate coroutine functions
# (AsyncContextDecorator, a fresh context per call); an exception whose __context__ a
# context manager cleared stays without context when it leaves an ExitStack, as with
# nested with statements
import asyncio
from contextlib import asynccontextmanager, AsyncContextDecorator, contextmanager, ExitStack, AsyncExitStack

log = []


@asynccontextmanager
async def ctx(tag):
    log.append(('enter', tag))
    try:
        yield tag
    finally:
        log.append(('exit', tag))


@ctx('deco')
async def work(x):
    log.append(('work', x))
    return x * 2


class Timer(AsyncContextDecorator):
    async def __aenter__(self):
        log.append('timer in')
        return self

    async def __aexit__(self, *exc):
        log.append('timer out')
        return False


@Timer()
async def other():
    return 'other'


async def main():
    print(await work(1), await work(2), await other())
    try:
        @ctx('boom')
        async def bad():
            raise KeyError('k')
        await bad()
    except KeyError as e:
        print('KeyError', e)

asyncio.run(main())
print(log)


class MyException(Exception):
    pass


@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None


@contextmanager
def my_cm_with_exit_stack():
    with ExitStack() as stack:
        stack.enter_context(my_cm())
        yield stack


for cm in (my_cm, my_cm_with_exit_stack):
    try:
        with cm():
            raise IndexError()
    except MyException as exc:
        print(cm.__name__, exc.__context__)


async def amain():
    @asynccontextmanager
    async def acm():
        async with AsyncExitStack() as stack:
            stack.enter_context(my_cm())
            yield
    try:
        async with acm():
            raise IndexError()
    except MyException as exc:
        print('async', exc.__context__)

asyncio.run(amain())
