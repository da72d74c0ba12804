# contextlib's async helpers: asynccontextmanager, aclosing, nullcontext, AsyncExitStack
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("handled " + str(e))
    finally:
        log.append("close " + name)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")

class ACM:
    def __init__(self, n, log):
        self.n, self.log = n, log
    async def __aenter__(self):
        self.log.append(f"enter {self.n}")
        return self.n
    async def __aexit__(self, *exc):
        self.log.append(f"exit {self.n} {exc[0].__name__ if exc[0] else None}")
        return False

async def main():
    log = []
    async with resource("a", log) as r:
        log.append("using " + r)
    async with resource("b", log):
        raise ValueError("suppressed")
    try:
        async with resource("c", log):
            raise KeyError("passes")
    except KeyError as e:
        log.append("outer " + str(e))
    print(log)

    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("got", x)
            break
    async with contextlib.nullcontext(5) as v:
        print("null", v)

    log = []
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM(1, log))
        b = await stack.enter_async_context(ACM(2, log))
        stack.callback(log.append, "sync callback")
        async def acb(x):
            log.append("async callback " + x)
        stack.push_async_callback(acb, "y")
        log.append(f"body {a} {b}")
    print(log)
    log = []
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(ACM(3, log))
            raise OSError("boom")
    except OSError as e:
        log.append("caught " + str(e))
    print(log)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(5)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
