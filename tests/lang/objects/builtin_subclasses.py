# Classes deriving from list, dict, int, str, tuple and Exception keep builtin behaviour.
class MyList(list):
    def append(self, x):
        super().append(x * 2)
m = MyList([1, 2])
m.append(5)
print(m, len(m), type(m).__name__, isinstance(m, list), m + [1], m[0], m == [1, 2, 10])
m.extra = 'attr'
print(m.extra, list(reversed(m)), sorted(m, reverse=True))
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md['a'], md['zz'], md, len(md), 'a' in md)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(7)
print(mi, str(mi), mi + 1, type(mi + 1).__name__, mi * 2, -mi, mi == 7, hash(mi) == hash(7))
print(f"{mi}", "%s" % mi, [mi])
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
ms = MyStr("hi")
print(ms, ms.shout(), type(ms.upper()).__name__, ms + "!", len(ms), ms == "hi", {ms: 1}['hi'])
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__, p + (5,), len(p))
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args, repr(e))
class E2(KeyError):
    pass
print(str(E2('k')), repr(E2('k')), issubclass(E2, LookupError))
class F(float):
    pass
print(F(1.5) * 2, type(F(1.5) * 2).__name__, F('2.5'))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
