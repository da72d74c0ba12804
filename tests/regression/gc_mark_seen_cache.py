# Session 22 (issue 6): marking remembers, per trace, the exact words found to point at a
# marked chunk (a small direct-mapped table indexed by address) and skips them when they
# come again. Many distinct objects of one size referred to over and over in an order
# that makes their table slots collide and evict each other, reachable only through
# those repeated references, must come through many collections intact; weak references
# to them stay alive, those to the objects dropped die, and finalizers run only for the
# dropped ones.
import gc
import weakref


class Node:
    def __init__(self, k):
        self.k = k
        self.text = "n" + str(k)


class Fin:
    log = []

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Fin.log.append(self.k)


nodes = [Node(k) for k in range(3000)]
refs = []
for rep in range(7):
    step = 1 + rep * 131
    refs.append([nodes[(i * step) % 3000] for i in range(3000)])
pairs = [(nodes[i], nodes[(i * 7 + 1) % 3000], nodes[i].text) for i in range(3000)]
weak = [weakref.ref(n) for n in nodes]
fins = [Fin(k) for k in range(200)]
fin_refs = [fins[(i * 37) % 200] for i in range(2000)]
nodes = None
fins = None


def churn(n):
    total = 0
    for i in range(n):
        t = (i, [i, str(i)], {"a": i})
        total += t[1][0] + len(t[1][1]) + t[2]["a"]
    return total


results = []
for round_ in range(5):
    results.append(churn(30000))
    gc.collect()
print(results)
print(all(w() is not None for w in weak))
print(sum(n.k for row in refs for n in row), len(refs))
print(all(a.text == "n" + str(a.k) and b.k == (a.k * 7 + 1) % 3000 and t is a.text
          for a, b, t in pairs))
print(sorted(Fin.log), len(set(f.k for f in fin_refs)))
# drop every path to the first half of the nodes
keep = set(range(1500, 3000))
refs = [[n for n in row if n.k in keep] for row in refs]
pairs = [p for p in pairs if p[0].k in keep and p[1].k in keep]
fin_refs = [f for f in fin_refs if f.k % 2 == 0]
gc.collect()
gc.collect()
# (a conservative collector may keep a few dropped objects: a stale word refers to them)
print(sum(1 for w in weak if w() is None) > 1400, sum(1 for w in weak if w() is not None) < 1600)
print(all(w() is not None for w in weak[1500:]))
print(len(Fin.log) > 80, all(k % 2 == 1 for k in Fin.log), len(set(Fin.log)) == len(Fin.log))
print(sum(n.k for row in refs for n in row), len(pairs))
