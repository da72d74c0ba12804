# The caller's line seen from code run by an opcode stays right once the opcode's inline
# cache is warm (the same instruction run several times, from different callers' lines)
import sys

def line():
    return sys._getframe(2).f_lineno

class D:
    def __get__(self, obj, owner):
        return line()
    def __set__(self, obj, v):
        obj.log.append(("dset", line()))

class V:
    d = D()
    def __init__(self):
        self.log = []
    @property
    def p(self):
        return line()
    @p.setter
    def p(self, v):
        self.log.append(("pset", line()))
    def __getattr__(self, name):
        return line()
    def __add__(self, o):
        return line()
    def __lt__(self, o):
        return line()
    def __getitem__(self, k):
        return line()

def loop():
    v = V()
    out = []
    for i in range(3):
        len([])
        out.append(v.p)
        len([])
        out.append(v.d)
        len([])
        out.append(v.nothing)
        len([])
        out.append(v + v)
        len([])
        out.append(v < v)
        len([])
        out.append(v[i])
        len([])
        v.p = i
        len([])
        v.d = i
    print(out)
    print(v.log)

loop()
