# Inline caches reached from every way a frame is (re)entered: calls and returns,
# generator resumes, exception handlers, class bodies, module level; each cached path
# also sees its fallback (type changed, attribute shadowed, global rebound, builtin
# shadowed and unshadowed, globals modified through globals()).
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def walk(objs):
    total = 0
    for o in objs:
        total += o.x + o.get() + len(str(o.x))
        o.x = o.x + 1
    return total

objs = [P(i) for i in range(20)]
print(walk(objs), walk(objs))

class Q(P):
    def get(self):
        return -self.x

objs.append(Q(5))
print(walk(objs))
P.get = lambda self: 1000
print(walk(objs))
del P.get
try:
    walk(objs)
except AttributeError as e:
    print("AttributeError:", e)

def gen(objs):
    for o in objs:
        yield o.x
        o.x += len(objs)
        yield o.x

g = gen([P(1), P(2)])
print(list(g))

def g2():
    while True:
        try:
            o = yield
            print(o.x, len([o]))
        except KeyError as e:
            print("caught", e, len("ab"))

c = g2()
next(c)
c.send(P(3))
c.throw(KeyError("k"))
c.send(P(4))

def uses_len(s):
    return len(s)

print(uses_len("abc"))
len = lambda s: 42
print(uses_len("abc"))
del len
print(uses_len("abc"))
globals()["uses_len"] = lambda s: -1
print(uses_len("x"))

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return rec(n - 1)
    except ValueError as e:
        return str(e) + str(n) + str(len("x"))

print(rec(5))

class Body:
    k = len("abcd")
    for i in range(3):
        k += i
print(Body.k)

class S:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 7
s = S()
for i in range(3):
    s.a = s.a + i
print(s.a)
