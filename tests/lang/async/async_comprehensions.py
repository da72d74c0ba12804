# async comprehensions: async for and await inside list/set/dict/generator comprehensions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def double(x):
    await Tick()
    return x * 2

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(4)])
    print([await double(x) for x in range(6) if await double(x) > 4])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    g2 = (x async for x in agen(3))
    print(type(g2).__name__, [v async for v in g2])
    total = 0
    async for v in (x * x async for x in agen(4)):
        total += v
    print(total)
    x = "outer"
    print([x async for x in agen(2)], x)
    print([y := await double(2) for _ in range(1)], y)

run(main())

def plain():
    return (await double(x) for x in range(2))
g = plain()
print(type(g).__name__)

async def use_plain():
    return [v async for v in plain()]
print(run(use_plain()))

for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return {x: 1 async for x in y}\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return (x async for x in y)\n",
            "async def f():\n    return [[x async for x in y] for z in w]\n",
            "[x async for x in y]\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
