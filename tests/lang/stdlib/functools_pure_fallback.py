# functools without its C accelerator (CPython's tests block _functools with
# import_fresh_module): partial and reduce fall back to Python versions, as CPython's
# functools does; it needed _functools and did not import.
import pickle
import sys

sys.modules['_functools'] = None
sys.modules.pop('functools', None)
import functools

partial, reduce = functools.partial, functools.reduce
print(type(partial), partial.__module__, reduce.__module__)
p = partial(print, 1, sep='-')
p(2, 3)
print(repr(p), p.func is print, p.args, p.keywords)
q = partial(p, 4, end='!\n')
print(q.func is print, q.args, q.keywords)
q(5)


class Sub(partial):
    pass


print(repr(Sub(max, 1)), Sub(max, 1)(5))
r = partial(max, 1, key=abs)
print(pickle.loads(pickle.dumps(r))(-3), r.__reduce__()[1:])
r.attr = 'x'
r2 = pickle.loads(pickle.dumps(r))
print(r2.attr, r2.keywords, type(r2.keywords))
rec = partial(print)
rec.__setstate__((print, (rec,), {}, None))
print(repr(rec))
for bad in [1, (1, 2), (print, (), {}, {}, 1), (1, (), {}, None), (print, [], {}, None),
            (print, (), [], None), (print, (), {}, 5)]:
    try:
        partial(print).__setstate__(bad)
    except TypeError as e:
        print(e)
try:
    partial(1)
except TypeError as e:
    print(e)
try:
    partial()
except TypeError as e:
    print(e)
print(partial(dict, a=1)(a=2, b=3))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'),
      reduce(lambda a, b: a + b, iter('abc')))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, [], initial=1)
except TypeError as e:
    print(type(e).__name__)
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))


@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
