# A slice whose __index__ empties the sequence: bounds are taken against the length
# after the __index__ calls (CPython: an empty result, never an error).
from array import array
from collections import deque
class J:
    def __init__(self, l): self.l = l
    def __index__(self):
        del self.l[:]
        return 0
def mk(kind):
    if kind == "list": return list(range(10))
    if kind == "bytearray": return bytearray(b"0123456789")
    if kind == "array": return array('b', range(10))
for kind in ("list", "bytearray", "array"):
    for op in ("get", "del", "set", "getstep", "delstep", "setstep"):
        l = mk(kind)
        j = J(l)
        try:
            if op == "get": r = l[j:9]
            elif op == "del": del l[j:8]; r = l
            elif op == "set": l[j:8] = mk(kind)[:2]; r = l
            elif op == "getstep": r = l[j:9:2]
            elif op == "delstep": del l[j:8:2]; r = l
            else: l[j:8:2] = mk(kind)[:0]; r = l
            print(kind, op, r)
        except Exception as e:
            print(kind, op, type(e).__name__, e)

# each part's __index__ runs once, also when the source conversion runs Python code
class Count:
    calls = 0
    def __index__(self):
        Count.calls += 1
        return 1
class Src:
    def __init__(self, l): self.l = l
    def __iter__(self):
        self.l.append("x")
        return iter([7, 8])
l = [0, 1, 2, 3]
l[Count():3] = Src(l)
print(l, Count.calls)
