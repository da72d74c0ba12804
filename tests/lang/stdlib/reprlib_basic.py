# reprlib: Repr limits, fillvalue, recursive_repr (module was missing).
import reprlib, collections, array
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr("a" * 30), reprlib.repr("b" * 29), reprlib.repr(2 ** 300))
print(reprlib.repr((1,)), reprlib.repr(()), reprlib.repr(tuple(range(10))), reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr(frozenset({3, 1})))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr(collections.deque(range(9))), reprlib.repr(array.array("i", range(9))), reprlib.repr(array.array("d")))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
class Big:
    def __repr__(self): return "B" * 50
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad()).startswith("<Bad instance at 0x"), reprlib.repr([1, "x" * 40, Big()]))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; r.fillvalue = "~~"
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr(10 ** 50))
print(reprlib.repr({1: 2, "a": 3}))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
n = Node(); n.children.append(n); n.children.append(Node())
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class N2(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self): return "N2" + list.__repr__(self)
x = N2([1]); x.append(x); print(x)
