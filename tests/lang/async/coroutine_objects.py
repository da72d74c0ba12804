# coroutine objects: send/throw/close, attributes, errors
import types, inspect

async def add(a, b):
    return a + b

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")

c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType)
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is None or True)
print(c.cr_code is add.__code__, c.cr_origin)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError", e)
print(inspect.iscoroutinefunction(add), inspect.iscoroutine(add(1, 1)))
print(hex(add.__code__.co_flags & 0x80))
c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError", e)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("after close:", e)
try:
    iter(add(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    next(add(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError", e)

class Susp:
    def __await__(self):
        x = yield "suspended"
        return x

async def waits():
    try:
        v = await Susp()
    except ValueError as e:
        return "caught " + str(e)
    return v

c = waits()
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
c = waits()
c.send(None)
try:
    c.send(42)
except StopIteration as e:
    print(e.value)
c = waits()
c.send(None)
c.close()
print(c.cr_suspended, c.cr_await)

async def raiser():
    raise KeyError("k")
try:
    run(raiser())
except KeyError as e:
    print("KeyError", e)

async def stopper():
    raise StopIteration(3)
try:
    run(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

w = add(2, 3).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
print(iter(w) is w)

async def ignore_exit():
    try:
        await Susp()
    except GeneratorExit:
        await Susp()
c = ignore_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
