# async generator awaitables: reuse, concurrent use, bad arguments
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def ag():
    await Tick()
    yield 1
    await Tick()
    yield 2

g = ag()
a1 = g.asend(None)
print(a1.send(None))
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a1.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
t = g.athrow(ValueError)
try:
    t.send(5)
except RuntimeError as e:
    print("RuntimeError", e)
t = g.aclose()
try:
    t.send(None)
except StopIteration:
    print("closed")
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(run(g.aclose()))
try:
    g.asend()
except TypeError as e:
    print("TypeError", e)
try:
    g.athrow()
except TypeError as e:
    print("TypeError", e)
try:
    run(ag().athrow(5))
except TypeError as e:
    print("TypeError", e)

g2 = ag()
a = g2.__anext__()
a.send(None)
a.close()
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
t2 = g2.athrow(KeyError("k"))
try:
    t2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def running():
    g3 = ag()
    first = g3.__anext__()
    first.send(None)
    try:
        await g3.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await g3.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError", e)
run(running())

async def ag_send():
    x = yield 1
    print("received", x)
    yield 2
async def drive():
    g = ag_send()
    print(await g.asend(None))
    print(await g.asend("hello"))
run(drive())
async def ag():
    yield 1
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
for args in ((), (1, 2, 3, 4)):
    try:
        run(ag().athrow(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    ag().asend(1, 2)
except TypeError as e:
    print("TypeError", e)
