# throw()/close() travel down a chain of awaiting coroutines; exception state and
# tracebacks inside coroutines; types.coroutine; inspect helpers
import inspect
import sys
import types

class Suspend:
    def __await__(self):
        return (yield "suspended")

async def leaf():
    try:
        return await Suspend()
    except KeyError as e:
        print("leaf caught", e)
        return "recovered"
    finally:
        print("leaf finally")

async def middle():
    r = await leaf()
    return "middle:" + r

async def top():
    return "top:" + await middle()

c = top()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_await.__qualname__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

c = top()
c.send(None)
c.close()
print("closed", c.cr_await)

c = top()
c.send(None)
try:
    c.throw(ValueError("bad"))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("propagated", e, names)

async def ctx():
    try:
        raise OSError("first")
    except OSError:
        await Suspend()
        print("exc_info in coroutine", repr(sys.exc_info()[1]))
        raise ValueError("second")
c = ctx()
c.send(None)
print("outside", sys.exc_info())
try:
    c.send(None)
except ValueError as e:
    print(repr(e), repr(e.__context__))

@types.coroutine
def legacy():
    x = yield "legacy"
    return x * 2

async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("legacy result", e.value)

async def af():
    pass
async def ag():
    yield
print(inspect.iscoroutinefunction(af), inspect.isasyncgenfunction(ag),
      inspect.iscoroutinefunction(ag), inspect.isasyncgenfunction(af))
co = af()
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isawaitable(Suspend()),
      inspect.isawaitable(5), inspect.isasyncgen(ag()))
co.close()
print(hex(af.__code__.co_flags & 0x2a0), hex(ag.__code__.co_flags & 0x2a0))
print(repr(types.CoroutineType), repr(types.AsyncGeneratorType))
try:
    types.CoroutineType()
except TypeError as e:
    print("TypeError", e)

class Method:
    async def m(self, x):
        return x + 1
    @staticmethod
    async def s():
        return "static"
    @classmethod
    async def k(cls):
        return cls.__name__
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(Method().m(1)), run(Method.s()), run(Method.k()))
print(Method().m(1).__qualname__ if False else Method.m.__qualname__)

async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(run(deep(200)))

async def with_defaults(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(run(with_defaults(1, c=3)), run(with_defaults(1, 5, 6, c=7, e=8)))
try:
    with_defaults()
except TypeError as e:
    print("TypeError", e)
