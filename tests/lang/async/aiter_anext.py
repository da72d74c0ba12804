# builtins aiter() and anext()
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

class AI:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def main():
    it = aiter(agen(3))
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(it, "default"))
    ai = aiter(AI())
    print(await anext(ai), await anext(ai), await anext(ai, None))
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError", e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError", e)
    a = anext(agen(0), 7)
    print(type(a).__name__, await a)
    try:
        anext()
    except TypeError as e:
        print("TypeError", e)

run(main())
