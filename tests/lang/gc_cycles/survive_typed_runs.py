# Objects reachable only through runs of objects of one type survive collections: the
# collector skips words pointing into the chunk it last found marked (a str's type, a
# float's type), so a chain where each object's only reference is held by its neighbour
# of the same type, strs whose bytes are reachable only from the str, and cycles with
# __del__ and weakrefs must all come through many collections intact. (safepy never runs
# __del__, README: the test checks only that such objects stay whole while referenced.)
import gc
import weakref


class Node:
    __slots__ = ("val", "nxt", "__weakref__")

    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt


class Fin:
    log = []

    def __init__(self, name):
        self.name = name
        self.me = self  # a cycle

    def __del__(self):
        Fin.log.append(self.name)


def build_chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def chain_sum(head):
    s = 0
    while head is not None:
        s += head.val
        head = head.nxt
    return s


def churn(k):
    # garbage of the same types as the live data, to trigger collections
    junk = []
    for i in range(k):
        junk.append(str(i) * 3)
        junk.append(float(i) / 7.0)
        if len(junk) > 1000:
            junk = []
    return len(junk)


chain = build_chain(20000)
words = [("w%d" % i) * (i % 40 + 1) for i in range(20000)]
floats = [i * 0.5 for i in range(20000)]
nested = [[str(i), (str(i), float(i)), {str(i): i}] for i in range(3000)]
refs = [Node(i, None) for i in range(100)]
weak = [weakref.ref(r) for r in refs]
fins = [Fin("f%d" % i) for i in range(5)]
for rnd in range(4):
    churn(60000)
    gc.collect()
    print(rnd, chain_sum(chain), sum(len(w) for w in words), sum(floats),
          sum(len(x[0]) + len(x[1][0]) + int(x[1][1]) + x[2][x[0]] for x in nested),
          all(weak[i]() is refs[i] for i in range(50)))
    if rnd == 1:
        del refs[50:]
        del fins[3:]
        gc.collect()
        print([f.me.me.name for f in fins], all(weak[i]() is refs[i] for i in range(50)))
print(words[12345], words[-1][:10], floats[9999], nested[2999][1])
# a long chain of strs only reachable through a list of tuples of one type
pairs = [(("k%d" % i) * 5, i) for i in range(30000)]
gc.collect()
churn(30000)
gc.collect()
print(len(pairs), pairs[29999][0], sum(len(p[0]) for p in pairs))
