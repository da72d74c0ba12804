async def f():
    await x
    await f(y)
    x = await y
    return await z
    async with a as b, c:
        pass
    async for i in j:
        pass
    else:
        pass
    [i async for i in j]
    {i: j async for i, j in k}
    (i async for i in j)
    await a.b.c()
    await (yield)
@d
async def g(a, *b, **c) -> int: ...
