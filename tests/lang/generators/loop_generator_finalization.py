# A generator that only a for loop refers to is finalized when the loop drops it
# (break, return, an exception leaving the loop), as CPython's refcounting does: its
# finally blocks and context managers run at that point. A generator the program still
# holds (a variable, an attribute returned by __iter__) is left alone.
import contextlib


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)


class Coll:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        try:
            for i in range(self.n):
                yield i
        finally:
            print('Coll cleanup')


class Stored:
    def __init__(self):
        self._g = self._gen()

    def _gen(self):
        try:
            yield 1
            yield 2
            yield 3
        finally:
            print('stored cleanup')

    def __iter__(self):
        return self._g


for x in gen('break'):
    break
print('after break')
for x in Coll(5):
    if x == 2:
        break
print('after Coll break')


def ret():
    for x in gen('return'):
        return x


print('returned', ret())
try:
    for x in gen('raise'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


def raiser():
    for x in gen('raise in function'):
        raise KeyError('k')


try:
    raiser()
except KeyError as e:
    print('caught', e)
for x in gen('exhausted'):
    pass
print('after exhausted')
g = gen('named')
for x in g:
    break
print('named still alive', next(g))
s = Stored()
for x in s:
    break
print('stored still alive', next(s._g))
for x in gen('outer'):
    for y in gen('inner'):
        break
    break
print('nested done')
for x in gen('continue'):
    continue
print('after continue')


@contextlib.contextmanager
def managed():
    print('enter')
    try:
        yield
    finally:
        print('exit')


def lines():
    with managed():
        yield 'a'
        yield 'b'


for line in lines():
    print(line)
    break
print('after with-generator')


def ignores():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 2


for x in ignores():
    break
print('after ignores')
g.close()
s._g.close()
print('end')
