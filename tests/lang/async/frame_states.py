# generator / coroutine states through gi_frame / cr_frame and inspect helpers
import inspect

def gen(a):
    b = a + 1
    yield b
    yield inspect.getgeneratorstate(g)

g = gen(1)
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_frame.f_lineno)
print(next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(g.gi_frame.f_lineno, g.gi_frame.f_code is gen.__code__)
print(next(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame, inspect.getgeneratorlocals(g))

class Suspend:
    def __await__(self):
        yield

async def coro(x):
    y = x * 2
    await Suspend()
    return inspect.getcoroutinestate(c)

c = coro(3)
print(inspect.getcoroutinestate(c), c.cr_frame.f_lineno)
c.send(None)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c), c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, inspect.getcoroutinelocals(c))
c2 = coro(1)
c2.close()
print(inspect.getcoroutinestate(c2))

async def ag():
    yield 1
a = ag()
print(a.ag_frame is not None, a.ag_frame.f_code.co_name)
