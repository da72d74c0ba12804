# json: JSONEncoder.iterencode yields the chunks CPython's pure-Python encoder does
# (with and without indent), json.dump writes them one by one to a user stream and
# leaves the partial output of a failing dump, and a subclass's iterencode shapes encode().
import json, io
from enum import IntEnum
class Counting(io.StringIO):
    def __init__(self): super().__init__(); self.calls = 0
    def write(self, s): self.calls += 1; return super().write(s)
data = {"a": [1, 2.5, None, True, False, "x", {"b": []}, [], {}], "c": {"d": {"e": [1]}}, 3: "int key", 1.5: None}
for kw in [{}, {'indent': 2}, {'indent': '\t', 'sort_keys': False}, {'separators': (',', ':')}, {'indent': 0}]:
    print(list(json.JSONEncoder(**kw).iterencode(data)))
    f = Counting(); json.dump(data, f, **kw); print(f.calls, f.getvalue() == json.dumps(data, **kw))
print(list(json.JSONEncoder().iterencode([[1, [2, [3]]], "s"])), list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode("é")))
f = io.StringIO()
try: json.dump({"a": 1, "b": [1, object()]}, f)
except TypeError as e: print(type(e).__name__, e, repr(f.getvalue()))
f = io.StringIO()
try: json.dump([1, float('nan')], f, allow_nan=False)
except ValueError as e: print(type(e).__name__, e, repr(f.getvalue()))
l = [1]; l.append(l)
try: list(json.JSONEncoder().iterencode(l))
except ValueError as e: print(type(e).__name__, e)
try: json.dumps(l)
except ValueError as e: print(type(e).__name__, e)
class C(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(C().encode({"k": "v"}), json.dumps({"k": ["v"]}, cls=C))
class N(IntEnum):
    A = 1
print(json.dumps({N.A: N.A}), list(json.JSONEncoder().iterencode([N.A, 2.0, 1e100])))
class D(json.JSONEncoder):
    def default(self, o): return {"set": sorted(o)} if isinstance(o, set) else super().default(o)
print(list(D(indent=1).iterencode({"s": {2, 1}})))
try: list(json.JSONEncoder().iterencode({(1,): 2}))
except TypeError as e: print(type(e).__name__, e)
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 2, "k": 3})), list(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": 2})))
try: list(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, 2: 2}))
except TypeError as e: print(type(e).__name__, e)
print(json.dumps((1, 2)), list(json.JSONEncoder().iterencode((1, (2,)))), list(json.JSONEncoder(ensure_ascii=False).iterencode(["é"])))
