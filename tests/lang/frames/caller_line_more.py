# More opcodes that run Python code: dict/set displays with unpacking, ** calls, match
# patterns, class bodies with a custom namespace, yield from a user iterator
import sys

def line():
    return sys._getframe(2).f_lineno

class M:
    def keys(self):
        print("keys", line())
        return ["k"]
    def __getitem__(self, k):
        print("getitem", line())
        return 1
    def get(self, k, d=None):
        print("get", line())
        return 1
    def __iter__(self):
        print("iter", line())
        return iter([1, 2])
    def __len__(self):
        print("len", line())
        return 2

class MD(dict):
    def get(self, k, d=None):
        print("md get", line())
        return 1
    def __len__(self):
        print("md len", line())
        return 1

class NS(dict):
    def __getitem__(self, k):
        print("ns getitem", k, line())
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("ns setitem", k, line())
        dict.__setitem__(self, k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        print("next", line())
        self.n += 1
        if self.n > 1:
            raise StopIteration
        return self.n

def f(**kw):
    return kw

def g():
    len([])
    yield from It()

def main():
    m = M()
    len([])
    x = {**m}
    len([])
    x = f(**m)
    len([])
    x = {*m}
    len([])
    match m:
        case [a, b]: pass
    len([])
    md = MD(k=1)
    len([])
    match md:
        case {"k": 1}: pass
    len([])
    for v in g(): pass
    len([])
    class K(metaclass=Meta):
        len([])
        y = 1
        len([])
        z = y
    len([])

main()
