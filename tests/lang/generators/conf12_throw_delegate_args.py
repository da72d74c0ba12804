# throw() on a generator delegating (yield from / await) to an iterator that is not a
# generator passes that iterator's throw() the arguments exactly as given.
class Sub:
    def __iter__(self):
        return self

    def __next__(self):
        return 'next'

    def throw(self, *args):
        print('throw got', len(args), [a if isinstance(a, type) else repr(a) for a in args])
        return 'from throw'

    __await__ = __iter__


def gen():
    r = yield from Sub()
    print('returned', r)


def via(outer):
    g = outer()
    next(g)
    return g


print(via(gen).throw(ValueError('inst')))
print(via(gen).throw(ValueError))
print(via(gen).throw(ValueError, 'v'))
print(via(gen).throw(ValueError, None))
print(via(gen).throw(ValueError, ('a', 'b'), None))


def nested():
    yield from gen()


print(via(nested).throw(KeyError('k')))


async def coro():
    await Sub()

c = coro()
c.send(None)
print(c.throw(TypeError))
print(c.throw(TypeError('t')))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def gen2():
    try:
        yield from NoThrow()
    except ValueError as e:
        print('caught in gen2', repr(e))
        yield 'after'


print(via(gen2).throw(ValueError, 'x'))
