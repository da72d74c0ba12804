# throw() into a coroutine that awaits another one runs the inner one with the outer
# frames on the stack, as send() does (the stack from inside the innermost generator
# used to lose every frame between the caller of throw() and itself).
import sys
import traceback
import types


async def a():
    return await b()


async def b():
    return await c()


@types.coroutine
def c():
    try:
        yield [f.name for f in traceback.extract_stack()]
    except ZeroDivisionError:
        yield [f.name for f in traceback.extract_stack()]
    except KeyError:
        f = sys._getframe()
        chain = []
        while f is not None:
            chain.append(f.f_code.co_name)
            f = f.f_back
        yield chain
    yield 'last'


coro = a()
print(coro.send(None))
print(coro.throw(ZeroDivisionError))
print(coro.send(None))
coro.close()

coro = a()
coro.send(None)
print(coro.throw(KeyError))
print(coro.cr_frame.f_back, coro.cr_await.cr_frame.f_back)
coro.close()


def g1():
    yield from g2()


def g2():
    try:
        yield 1
    except ValueError:
        raise RuntimeError('inner')


g = g1()
next(g)
try:
    g.throw(ValueError)
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
