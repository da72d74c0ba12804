# f(*obj), list() and tuple() ask the iterable for a length hint first, as CPython:
# a class's __len__ or __length_hint__ runs; TypeError is ignored, other errors and
# bad hints raise.
class L:
    def __len__(self): print("len called"); return 2
    def __iter__(self): return iter([1,2])
def f(*a): print(a)
f(*L())
print(list(L()), tuple(L()))
class H:
    def __iter__(self): return self
    def __init__(self): self.n = 2
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1; return self.n
    def __length_hint__(self): print("hint"); return 5
f(*H())
print(list(H()))
class Bad:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
for fn in (lambda: f(*Bad()), lambda: list(Bad()), lambda: tuple(Bad())):
    try: fn()
    except Exception as e: print(type(e).__name__, e)
class BadH:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return "x"
class BadH2:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -3
class TE:
    def __iter__(self): return iter([7])
    def __len__(self): raise TypeError("nope")
    def __length_hint__(self): raise TypeError("nope2")
class NI:
    def __iter__(self): return iter([8])
    def __length_hint__(self): return NotImplemented
class VE:
    def __iter__(self): return iter([8])
    def __length_hint__(self): raise ValueError("boom")
for c in (BadH, BadH2, TE, NI, VE):
    for fn in (lambda: f(*c()), lambda: print(list(c()))):
        try: fn()
        except Exception as e: print(type(e).__name__, e)
