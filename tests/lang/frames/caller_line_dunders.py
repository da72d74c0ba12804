# A Python function run from C inside an opcode sees its caller's current line
import sys

seen = []

def rec(tag):
    # the line of the frame that ran the opcode (two up: rec <- dunder <- caller)
    seen.append((tag, sys._getframe(2).f_lineno))

class A:
    @property
    def p(self):
        rec("property")
        return 1
    @p.setter
    def p(self, v):
        rec("setter")
    @p.deleter
    def p(self):
        rec("deleter")
    def __getattr__(self, name):
        rec("getattr")
        return 2
    def __add__(self, o):
        rec("add")
        return 3
    def __radd__(self, o):
        rec("radd")
        return 4
    def __iadd__(self, o):
        rec("iadd")
        return self
    def __neg__(self):
        rec("neg")
        return 5
    def __invert__(self):
        rec("invert")
        return 6
    def __pos__(self):
        rec("pos")
        return 7
    def __bool__(self):
        rec("bool")
        return True
    def __lt__(self, o):
        rec("lt")
        return True
    def __eq__(self, o):
        rec("eq")
        return True
    def __hash__(self):
        rec("hash")
        return 1
    def __getitem__(self, k):
        rec("getitem")
        return 8
    def __setitem__(self, k, v):
        rec("setitem")
    def __delitem__(self, k):
        rec("delitem")
    def __contains__(self, k):
        rec("contains")
        return True
    def __iter__(self):
        rec("iter")
        return Counter()
    def __format__(self, spec):
        rec("format")
        return "f"
    def __enter__(self):
        rec("enter")
        return self
    def __exit__(self, *a):
        rec("exit")
        return False

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        rec("next")
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

def run():
    a = A()
    len([])
    x = a.p
    len([])
    a.p = 1
    len([])
    del a.p
    len([])
    x = a.missing
    len([])
    x = a + 1
    len([])
    x = 1 + a
    len([])
    b = A()
    b += 1
    len([])
    x = -a
    len([])
    x = ~a
    len([])
    x = +a
    len([])
    x = not a
    len([])
    if a: pass
    len([])
    x = a < 1
    len([])
    x = a == 1
    len([])
    x = {a: 1}
    len([])
    x = {a}
    len([])
    d = {}
    len([])
    d[a] = 1
    len([])
    x = d[a]
    len([])
    x = a[0]
    len([])
    a[0] = 1
    len([])
    del a[0]
    len([])
    x = 1 in a
    len([])
    for i in a: pass
    len([])
    x, y = a
    len([])
    x, *y = a
    len([])
    x = f"{a}"
    len([])
    x = [*a]
    len([])
    with a: len([])
    len([])
    x = a and 1
    len([])
    x = {i: i for i in [a]}
    len([])
    x = {i for i in [a]}
    len([])
    x = tuple(*[a])
    len([])
    print(*a)
    len([])
    x = a.p if a else 0
    len([])
    x = (a.p, a.missing)
    len([])
    x = a.p + a.p
    len([])

run()
for tag, line in seen:
    print(tag, line)
