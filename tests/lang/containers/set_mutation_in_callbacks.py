# set lookups and iteration survive __eq__/__hash__ that mutate the set; size changes are detected
class Mut:
    def __init__(self, s, n, act): self.s, self.n, self.act = s, n, act
    def __hash__(self): return 3
    def __eq__(self, other):
        self.act(self.s)
        return False
    def __repr__(self): return 'M%d' % self.n

s = set()
a = Mut(s, 1, lambda s: s.clear())
s.add(a)
b = Mut(s, 2, lambda s: None)
s.add(b)
print(len(s))
s = set()
a = Mut(s, 1, lambda s: s.update(range(10, 30)) if len(s) < 3 else None)
s.add(a)
b = Mut(s, 2, lambda s: None)
s.add(b)
print(len(s), b in s)
s = set(range(3))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)
s = {1, 2, 3}
for x in s:
    s.discard(x); s.add(x)
print(s)
class Raise:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
s = {1}
try:
    Raise() in s
except ValueError as e:
    print('ValueError', e)
t = {Mut(None, 9, lambda s: None)}
print(len(t | t), len(t & t), len(t - t), len(t ^ t))
