import operator
from operator import *
print(add(1, 2), sub(5, 3), mul('a', 3), truediv(1, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(3), pos(-3), abs(-4), invert(5), inv(5), lshift(1, 3), rshift(8, 2))
print(and_(6, 3), or_(6, 3), xor(6, 3), not_(0), truth([]), is_(None, None), is_not(1, None))
print(eq(1, 1), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2))
print(contains([1, 2], 2), countOf([1, 2, 1, True], 1), indexOf('abc', 'c'))
l = [1, 2, 3]
setitem(l, 0, 9); delitem(l, 1); print(l, getitem(l, 1), getitem('abc', slice(1, None)))
print(concat([1], [2]), concat('a', 'b'), index(7), length_hint([1, 2]), length_hint(iter([1,2,3])), length_hint(3, 9))
x = [1]; y = iadd(x, [2]); print(x, y is x)
print(isub(5, 2), imul(2, 3), ior({1}, {2}), iconcat([1], (2,)))
print(call(max, 1, 2, key=neg))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('a')({'a': 5}))
print(repr(itemgetter(1, 'x')), repr(attrgetter('a.b', 'c')), repr(methodcaller('foo', 1, b=2)), repr(methodcaller('m')))
class A: pass
a = A(); a.b = A(); a.b.c = 3; a.x = 1
print(attrgetter('b.c')(a), attrgetter('x', 'b.c')(a))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('upper')('x'))
print(operator.__add__ is operator.add, operator.__not__(1), operator.__getitem__([5], 0))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err(add, 1)
err(neg)
err(add, a=1)
err(neg, 1, 2)
err(length_hint)
err(countOf, 1)
err(itemgetter)
err(attrgetter, 1)
err(methodcaller)
err(methodcaller, 1)
err(index, 1.5)
err(concat, 1, 2)
err(concat, {}, {})
err(setitem, 1, 2)
err(indexOf, [1], 2)
err(call)
err(add, 1, 'a')
err(lt, 1, 'a')
err(itemgetter(5), [1])
err(attrgetter('zz'), a)
err(attrgetter('b.zz'), a)
err(methodcaller('nope'), a)
err(itemgetter(1))
err(itemgetter(1), 1, 2)
err(itemgetter(1), [1, 2], k=1)
err(length_hint, [], 'a')
class H:
    def __length_hint__(self): return 'x'
err(length_hint, H())
class H2:
    def __length_hint__(self): return -1
err(length_hint, H2())
class H3:
    def __length_hint__(self): return NotImplemented
err(length_hint, H3(), 4)
err(matmul, 1, 2)
err(truediv, 1, 0)
err(pow, 2, -1)
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__)
print(sorted(n for n in operator.__all__)[:10], len(operator.__all__))
