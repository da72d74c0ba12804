import asyncio

class Base:
    async def hello(self):
        await asyncio.sleep(0)
        return "base"

class Child(Base):
    async def hello(self):
        r = await super().hello()
        return "child+" + r

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        print("exit", a[0])

async def agen_with_cm():
    async with CM():
        yield 1
        await asyncio.sleep(0)
        yield 2

async def finally_await():
    try:
        raise ValueError("x")
    except ValueError:
        await asyncio.sleep(0)
        try:
            raise
        except ValueError as e:
            print("reraised after await", e)
    finally:
        await asyncio.sleep(0)
        print("finally after await")

async def ret_through():
    for i in range(3):
        try:
            async with CM():
                if i == 1:
                    return i
        finally:
            print("finally", i)

async def main():
    print(await Child().hello())
    print([x async for x in agen_with_cm()])
    g = agen_with_cm()
    print(await g.__anext__())
    await g.aclose()
    await finally_await()
    print(await ret_through())
    lam = lambda: asyncio.sleep(0, "lambda")
    print(await lam())
    async def closure():
        n = 0
        async def inc():
            nonlocal n
            n += 1
        await inc(); await inc()
        return n
    print(await closure())
    print(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(5)]))
    # many concurrent tasks
    async def count(i):
        for _ in range(10):
            await asyncio.sleep(0)
        return i
    r = await asyncio.gather(*(count(i) for i in range(200)))
    print(sum(r))
asyncio.run(main())
