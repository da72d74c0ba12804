# Generator state: running a finished or currently executing generator.
def g():
    yield 1
it = g()
print(list(it), next(it, 'exhausted'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration again', e.args)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def gen_raise():
    yield 1
    raise KeyError('inside')
r = gen_raise()
print(next(r))
try:
    next(r)
except KeyError as e:
    print('error from generator', e)
print(next(r, 'finished after error'))
print(iter(it) is it, hasattr(it, '__next__'), g.__name__)
