# async with / async for: protocol, errors, control flow
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

async def flow():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("c", suppress=True):
        raise ValueError("hidden")
    try:
        async with ACM("d"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", e)
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with ACM("ret"):
        return "returned"
print(run(flow()))

class NoAexit:
    async def __aenter__(self):
        return 1
class NoAenter:
    async def __aexit__(self, *a):
        return 1
class SyncOnly:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
class BadExit:
    async def __aenter__(self):
        return 5
    def __aexit__(self, *a):
        return 7

async def use(cm):
    async with cm:
        pass

for cm in (NoAexit(), NoAenter(), SyncOnly(), BadEnter(), BadExit(), 3):
    try:
        run(use(cm))
    except TypeError as e:
        print("TypeError", e)

class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loops():
    out = []
    async for x in AIter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("no")
    async for x in AIter(0):
        out.append(x)
    else:
        out.append("else")
    async for a, b in AIter2():
        out.append(a + b)
    return out

class AIter2:
    def __aiter__(self):
        self.done = False
        return self
    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        self.done = True
        return (1, 2)
print(run(loops()))

class NoAnext:
    def __aiter__(self):
        return 1
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class RaisingAnext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")

async def iterate(obj):
    async for x in obj:
        pass

for obj in (1, [1, 2], NoAnext(), AnextNotAwaitable(), RaisingAnext()):
    try:
        run(iterate(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

async def ret_in_for():
    async for x in AIter(3):
        if x == 2:
            return x * 100
print(run(ret_in_for()))

async def nested():
    total = 0
    async for x in AIter(3):
        async for y in AIter(x):
            total += y
    return total
print(run(nested()))
