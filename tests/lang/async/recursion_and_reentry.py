# runaway recursion through await / async for / yield from, self-awaiting coroutines
import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def rec(n):
    return await rec(n + 1)
try:
    run(rec(0))
except RecursionError as e:
    print("RecursionError", e)

async def selfawait():
    return await c
c = selfawait()
try:
    run(c)
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)

async def ag():
    yield 1
g = ag()
async def drive():
    a1 = g.__anext__()
    a1.send(None) if False else None
    return [x async for x in g]
print(run(drive()))

def gen_rec():
    yield from gen_rec()
try:
    list(gen_rec())
except RecursionError as e:
    print("RecursionError", e)

async def agrec():
    async for x in agrec():
        yield x
    yield 1
async def use():
    return [x async for x in agrec()]
try:
    run(use())
except RecursionError as e:
    print("RecursionError", e)

async def throw_self():
    c2.throw(ValueError)
c2 = throw_self()
try:
    run(c2)
except ValueError as e:
    print("ValueError", e)
