import copy, pickle, io
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self): return f"N({self.v}, {self.kids})"
    def __eq__(self, o): return isinstance(o, Node) and (self.v, self.kids) == (o.v, o.kids)
t = Node(1, [Node(2), Node(3, [Node(4)])])
s = copy.copy(t); d = copy.deepcopy(t)
print(s.kids is t.kids, d.kids is t.kids, d == t, d.kids[1].kids[0] is t.kids[1].kids[0])
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.data = [1]; self.cache = {"big": 1}
    def __copy__(self):
        print("__copy__"); c = Custom.__new__(Custom); c.data = self.data; c.cache = {}; return c
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); c = Custom.__new__(Custom); c.data = copy.deepcopy(self.data, memo); c.cache = {}; return c
c = Custom(); c1 = copy.copy(c); c2 = copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data, c1.cache, c2.cache)
class State:
    def __init__(self, a): self.a = a; self.tmp = "drop"
    def __getstate__(self):
        st = self.__dict__.copy(); del st["tmp"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.tmp = "restored"
st = pickle.loads(pickle.dumps(State(5)))
print(st.a, st.tmp, copy.copy(State(6)).tmp)
class Red:
    def __init__(self, x, y): self.x, self.y = x, y
    def __reduce__(self): return (Red, (self.x * 10, self.y))
    def __repr__(self): return f"Red({self.x}, {self.y})"
print(pickle.loads(pickle.dumps(Red(1, 2))), copy.deepcopy(Red(1, 2)))
data = {"ints": [1, -1, 2 ** 70], "f": 1.5, "s": "é", "b": b"\x00", "t": (1, (2,)), "set": {1, 2}, "fs": frozenset([3]), "none": None, "bools": [True, False], "n": Node(1, [Node(2)]), "c": 1 + 2j, "ba": bytearray(b"x")}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(data, protocol=proto))
    assert r == data, proto
print("all protocols ok", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
buf = io.BytesIO(); pickle.dump([1, 2], buf); pickle.dump("second", buf); buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try: pickle.load(buf)
except EOFError as e: print("EOFError", e)
try: pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__, str(e).split(" at ")[0])
def local_fn():
    class Local: pass
    return Local()
try: pickle.dumps(local_fn())
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__, e)
try: pickle.loads(b"garbage")
except pickle.UnpicklingError as e: print("UnpicklingError", e)
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, [2]]), copy.deepcopy({1: [2]}), copy.copy((1, [2])), copy.deepcopy(range(3)))
import functools, collections
p = functools.partial(max, 1)
print(pickle.loads(pickle.dumps(p))(5), pickle.loads(pickle.dumps(collections.OrderedDict(a=1))), pickle.loads(pickle.dumps(collections.Counter("aab"))), pickle.loads(pickle.dumps(collections.deque([1], maxlen=3))))
Pt = collections.namedtuple("Pt", "x y")
print(pickle.loads(pickle.dumps(Pt(1, 2))), copy.replace if hasattr(copy, "replace") else "no replace")
