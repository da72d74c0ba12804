# weakref.proxy: every number operator (reflected and in place, operands unwrapped),
# reversed(), bytes(), index(), next() of a non-iterator, the same proxy handed out again
# without a callback; ref() subclasses may take keywords in __init__; getweakrefs order;
# WeakMethod equality compares the objects and the functions, and its callback runs when
# the function dies.
import gc
import operator
import weakref


class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", self.v, o)
    def __radd__(self, o): return ("radd", self.v, o)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", self.v, o)
    def __floordiv__(self, o): return 42
    def __ifloordiv__(self, o): return 21
    def __lshift__(self, o): return self.v << o
    def __rlshift__(self, o): return o << self.v
    def __and__(self, o): return self.v & o
    def __or__(self, o): return self.v | o
    def __xor__(self, o): return self.v ^ o
    def __rshift__(self, o): return self.v >> o
    def __mod__(self, o): return self.v % o
    def __divmod__(self, o): return divmod(self.v, o)
    def __rdivmod__(self, o): return divmod(o, self.v)
    def __pow__(self, o, m=None): return pow(self.v, o, m)
    def __invert__(self): return ~self.v
    def __pos__(self): return +self.v
    def __index__(self): return self.v
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    __hash__ = object.__hash__


n = Num(6)
m = Num(6)
p = weakref.proxy(n)
q = weakref.proxy(m)
print(p + 1, 1 + p, p @ 5, 5 @ p)
print(p << 2, 2 << p, p & 3, p | 1, p ^ 5, p >> 1, p % 4)
print(divmod(p, 4), divmod(20, p), pow(p, 2), pow(p, 2, 5), ~p, +p)
print(operator.index(p), [10, 11, 12, 13, 14, 15, 16][p], bin(p))
print(p == q, p != q, p == m, p // 5)
p //= 5
print(p)


class Seq:
    def __len__(self): return 3
    def __reversed__(self): return iter("cba")
    def __bytes__(self): return b"bytes"
    def __str__(self): return "unicode"


s = Seq()
ps = weakref.proxy(s)
print("".join(reversed(ps)), bytes(ps), str(ps))


class NotIter:
    def __iter__(self): return iter(())


ni = NotIter()
try:
    next(weakref.proxy(ni))
except TypeError as e:
    print(e)


class Plain:
    pass


try:
    operator.index(weakref.proxy(pl := Plain()))
except TypeError as e:
    print(e)

o = Plain()
p1 = weakref.proxy(o)
r = weakref.ref(o)
p2 = weakref.proxy(o)
p3 = weakref.proxy(o, lambda x: None)
print(p1 is p2, p1 is p3)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)


mr = MyRef(o, value=24)
print(mr() is o, mr.value)
try:
    weakref.ref(o, x=1)
except TypeError as e:
    print(e)
q1 = Plain()
a = MyRef(q1); b = MyRef(q1); c = weakref.ref(q1, print); d = weakref.ref(q1); e = MyRef(q1)
names = {id(a): 'a', id(b): 'b', id(c): 'c', id(d): 'd', id(e): 'e'}
print([names.get(id(x)) for x in weakref.getweakrefs(q1)])


class Obj:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Obj) and o.v == self.v
    __hash__ = object.__hash__
    def some_method(self): return 1
    def other_method(self): return 2


x, y, z = Obj(1), Obj(1), Obj(2)
wa = weakref.WeakMethod(x.some_method)
wb = weakref.WeakMethod(y.some_method)
wc = weakref.WeakMethod(x.other_method)
we = weakref.WeakMethod(z.some_method)
print(wa == wb, wa != wb, wa == wc, wa != wc, wa == we, wa == x.some_method)
print(wa()(), wa().__self__ is x)


class K:
    def some_method(self): pass


calls = []
ko = K()
wm = weakref.WeakMethod(ko.some_method, calls.append)
del K.some_method
gc.collect()
print(calls == [wm], wm())
