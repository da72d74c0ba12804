# An exception escaping nested coroutines (driven by send) shows every await frame.
async def inner(x):
    return 1 / x


async def middle(x):
    return await inner(x) + 1


async def outer():
    values = [await middle(v) for v in (1, 0)]
    return values


outer().send(None)
