# dict/set/list operations whose keys' __eq__/__hash__/__lt__ mutate the containers at random never crash
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
d = {}; s = set(); l = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        if rnd(50) == 0: d.pop(next(iter(d)), None) if d else None
        return self.v % 7
    def __eq__(self, o):
        r = rnd(10)
        if r == 0: d.clear()
        elif r == 1: s.clear()
        elif r == 2: d[K(rnd(100))] = 1
        elif r == 3: s.add(K(rnd(100)))
        elif r == 4: l.clear()
        elif r == 5: l.append(K(rnd(100)))
        return isinstance(o, K) and o.v == self.v
    def __lt__(self, o):
        if rnd(20) == 0: l.append(K(0))
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
errors = {}
for step in range(3000):
    k = K(rnd(40))
    op = rnd(12)
    try:
        if op == 0: d[k] = step
        elif op == 1: d.pop(k, None)
        elif op == 2: k in d
        elif op == 3: s.add(k)
        elif op == 4: s.discard(k)
        elif op == 5: k in s
        elif op == 6: l.append(k)
        elif op == 7: k in l
        elif op == 8: l.sort()
        elif op == 9: s | set(d)
        elif op == 10: l.count(k); (l.remove(k) if k in l else None)
        elif op == 11: dict(d) == d; set(s) == s
    except Exception as e:
        errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
print(len(d) >= 0, len(s) >= 0, len(l) >= 0, set(errors) <= {"RuntimeError", "ValueError"})
