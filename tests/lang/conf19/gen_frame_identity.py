# gen.gi_frame / coro.cr_frame are the same frame object on every access (and the one
# sys._getframe gives inside), brought up to date; module.__annotations__ is created empty
# on first access (CPython 3.11's module getset).
import sys, types
def gen():
    a = 1
    yield sys._getframe()
    b = 2
    yield 2
g = gen()
print(g.gi_frame is g.gi_frame, g.gi_frame.f_locals, g.gi_frame.f_lineno)
fr = next(g)
print(fr is g.gi_frame, g.gi_frame.f_locals, g.gi_frame.f_lineno)
next(g)
print(sorted(g.gi_frame.f_locals), g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
async def co():
    x = 1
c = co()
print(c.cr_frame is c.cr_frame, c.cr_frame.f_locals)
c.close()
@types.coroutine
def foo():
    return (yield)
w = foo()
print(w.gi_frame is w.gi_frame)
import json
print('__annotations__' in json.__dict__, json.__annotations__, '__annotations__' in json.__dict__)
m = types.ModuleType('m')
print(m.__annotations__)
m.__annotations__ = 5
print(m.__annotations__)
import typing
print(typing.get_type_hints(m.__class__("n")))
