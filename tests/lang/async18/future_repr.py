# not in the image: __file__ (source file names and lines)
# Future and Task reprs as CPython's: callbacks shown with their source (first, '<n more>',
# last), partial arguments, results shortened by reprlib, and a task's wait_for before
# its callbacks. Paths are cut to the file name (the test's directory varies).
import asyncio
import functools

here = __file__.rpartition('/')[0] + '/'


def show(obj):
    print(repr(obj).replace(here, ''))


def cb(fut):
    pass


class Holder:
    def method(self, fut, x=None):
        pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show(f)
    f.add_done_callback(cb)
    show(f)
    f.add_done_callback(functools.partial(cb))
    show(f)
    f.add_done_callback(print)
    f.add_done_callback(Holder().method)
    show(f)
    f.set_result(list(range(50)))
    show(f)
    g = loop.create_future()
    g.add_done_callback(functools.partial(Holder.method, 1, x='a' * 50))
    show(g)
    g.set_exception(ValueError('v'))
    show(g)
    g.exception()
    h = loop.call_soon(functools.partial(cb, 5), 'arg')
    show(h)
    h.cancel()
    show(h)

    async def waiter(fut):
        return await fut

    w = loop.create_future()
    t = asyncio.create_task(waiter(w), name='W')
    t.add_done_callback(cb)
    await asyncio.sleep(0)
    show(t)
    w.set_result('x' * 100)
    await t
    show(t)

asyncio.run(main())
