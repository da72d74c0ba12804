# set.add / set.discard / `in` with keys equal across int, float and bool, -1 and -2
# (equal hashes), __hash__/__eq__ classes, set subclasses, and add/discard churn as
# backtracking does it (the small-int add/discard path of session 20).

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return (self.v == other.v) if isinstance(other, H) else self.v == other
    def __repr__(self):
        return "H(%r)" % (self.v,)

s = set()
for k in (1, 1.0, True, -1, -2, -1.0, 0, False, 0.0, 2**61, -(2**61), 2**60, -(2**60)):
    s.add(k)
print(sorted(s, key=repr), len(s))
for k in (True, -1.0, 0.0, -2, 2**61):
    s.discard(k)
print(sorted(s, key=repr), len(s))
print(1 in s, -1 in s, -2 in s, 0 in s, 2**60 in s, 2**61 in s, -(2**61) in s)

s = {-1, -2, -3}
s.discard(-1)
print(-1 in s, -2 in s, s)
s.add(-1)
s.discard(-2)
print(-1 in s, -2 in s, sorted(s))

t = set()
t.add(H(3))
t.add(3)
t.add(H(4))
print(len(t), 3 in t, 4 in t, H(4) in t, 5 in t)
t.discard(4)
print(len(t), 4 in t)
t.add(4.0)
print(len(t), sorted(t, key=repr))

class S(set):
    def add(self, x):
        print("S.add", x)
        super().add(x)

class S2(set):
    pass

a = S()
a.add(1)
a.add(-1)
set.add(a, 5)
print(sorted(a))
b = S2([1, 2, 3])
b.add(-1)
b.discard(2)
print(sorted(b), type(b).__name__)

# churn: add/discard as a stack, compared with a list model
import random
rnd = random.Random(5)
model = []
st = set()
for i in range(4000):
    if model and rnd.random() < 0.45:
        k = model.pop()
        st.discard(k)
    else:
        k = rnd.randrange(-40, 40)
        if k not in model:
            model.append(k)
        st.add(k)
    if i % 500 == 0:
        print(i, sorted(st) == sorted(set(model)), len(st))
print(all((k in st) == (k in model) for k in range(-50, 50)))

# errors keep their messages
try:
    s.add([1])
except TypeError as e:
    print(e)
try:
    s.discard({})
except TypeError as e:
    print(e)
try:
    s.add()
except TypeError as e:
    print(e)
try:
    s.add(1, x=2)
except TypeError as e:
    print(e)
try:
    s.discard(1, 2)
except TypeError as e:
    print(e)
fs = frozenset([1, 2])
z = {fs}
z.discard({1, 2})
print(z)

def queens(n):
    cols, d1, d2 = set(), set(), set()
    def place(row):
        if row == n:
            yield 1
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols.add(c); d1.add(row + c); d2.add(row - c)
            yield from place(row + 1)
            cols.discard(c); d1.discard(row + c); d2.discard(row - c)
    return sum(place(0))
print([queens(n) for n in range(1, 8)])

# membership of -1 (hash -2) among -2, -1.0, True-like and __eq__ entries
class E:
    def __init__(self, h, eq):
        self.h = h
        self.eq = eq
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("E.__eq__", other)
        return self.eq
    def __repr__(self):
        return "E(%d, %s)" % (self.h, self.eq)

for members in ([-2], [-2, -3, -4], [-1.0], [-2, -1.0], [-2, E(-2, False)], [-2, E(-2, True)],
                [E(-2, True)], [-1], [-1, -2], list(range(-70, 5))):
    st = set(members)
    print(members if len(members) < 6 else len(members), -1 in st, -2 in st, -1 not in st)
st = {-2}
for i in range(3):
    st.add(-1)
    print(-1 in st, sorted(st))
    st.discard(-1)
    print(-1 in st, sorted(st))
fz = frozenset([-1, -2, -3])
print(-1 in fz, -5 in fz)
