# await on non-awaitables and bad __await__ implementations
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def aw(x):
    return await x

for bad in (1, "s", None, [1]):
    try:
        run(aw(bad))
    except TypeError as e:
        print("TypeError", e)

class RetCoro:
    def __await__(self):
        return aw(1)
class RetInt:
    def __await__(self):
        return 5
class RetIter:
    def __await__(self):
        return iter([None, None])
class NotCallable:
    __await__ = None
c = aw(RetCoro())
try:
    run(c)
except TypeError as e:
    print("TypeError", e)
try:
    run(aw(RetInt()))
except TypeError as e:
    print("TypeError", e)
print(run(aw(RetIter())))
try:
    run(aw(NotCallable()))
except TypeError as e:
    print("TypeError", e)

async def inner():
    await RetIter()
    return "inner"
async def twice():
    c = inner()
    async def other():
        return await c
    o = other()
    o.send(None)
    return await c
try:
    run(twice())
except RuntimeError as e:
    print("RuntimeError", e)

async def reuse():
    c = inner()
    await c
    await c
try:
    run(reuse())
except RuntimeError as e:
    print("RuntimeError", e)

# await inside generator-based iterator via yield from is rejected
def gen():
    yield from aw(1)
try:
    list(gen())
except TypeError as e:
    print("TypeError", e)

class StopWithValue:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(run(aw(StopWithValue())))

for src in ["await x", "def f():\n    await x\n", "lambda: await x",
            "def f():\n    [await x for x in y]\n", "async def f():\n    yield from x\n",
            "async def f():\n    yield 1\n    return 2\n",
            "def f():\n    async for x in y: pass\n",
            "def f():\n    async with x: pass\n",
            "class C:\n    await x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
