import json

def t(*a, **kw):
    try:
        print(repr(json.dumps(*a, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

t(None); t(True); t(False); t(0); t(-5); t(10**30); t(1.5); t(0.1); t(1e100); t(1e-7); t(-0.0); t(3.0)
t(float('inf')); t(float('-inf')); t(float('nan'))
t(float('inf'), allow_nan=False); t([float('nan')], allow_nan=False); t({1.5: float('-inf')}, allow_nan=False)
t({float('inf'): 1}, allow_nan=False)
t("abc"); t(""); t("é"); t("é", ensure_ascii=False); t("\u20ac\U0001f600"); t("\U0001f600", ensure_ascii=False)
t("\x00\x01\x1f\x7f\x80\"\\/\b\f\n\r\t"); t("\x00\x01\x1f\x7f\x80\"\\/\b\f\n\r\t", ensure_ascii=False)
t("\ud800"); t("\udfff", ensure_ascii=False)
t([]); t({}); t(()); t([1, [2, [3, []]], {}]); t((1, 2)); t({"a": (1,)})
t({"b": 1, "a": 2}); t({"b": 1, "a": 2}, sort_keys=True)
t({1: 1, 2.5: 2, True: 3, False: 4, None: 5, "s": 6})
t({1: 1, "a": 2}, sort_keys=True)
t({(1, 2): 3}); t({(1, 2): 3, "a": 1}, skipkeys=True); t({b"x": 1})
t(set()); t({1, 2} and b"x"); t(object) ; t([1, {2}])
t({"a": [1, 2, {"b": None}], "c": {}}, indent=2)
t({"a": [1, 2, {"b": None}], "c": [], "d": {"e": []}}, indent="\t")
t([1, [2]], indent=0); t([1, 2], indent=""); t({"a": 1}, indent=-1); t([], indent=4); t({}, indent=4)
t([1, 2, {"a": 3}], separators=(",", ":")); t({"a": 1, "b": 2}, separators=(";", "="))
t([1, 2], indent=2, separators=(", ", ": ")); t({"a": 1}, indent=2, sort_keys=True, separators=(",", " -> "))
t([1, {2, 3}], default=sorted); t({"x": {1}}, default=lambda o: "SET")
t(complex(1, 2), default=lambda o: [o.real, o.imag])
a = []; a.append(a); t(a)
d = {}; d["x"] = d; t(d)
b = [1]; t([b, b])
t(a, check_circular=False) if False else None
class Sub(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
t({"s": {3, 1, 2}}, cls=Sub); t({"s": object()}, cls=Sub)
print(Sub(indent=1).encode([{1}]))
print(json.JSONEncoder().encode("x\u1234"), json.JSONEncoder(ensure_ascii=False).encode("x\u1234"))
print(list(json.JSONEncoder().iterencode([1, 2])) and "ok")
print("".join(json.JSONEncoder(indent=1).iterencode({"k": [1]})))
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
t([MyInt(5), MyFloat(2.5), MyStr("q"), MyList([1]), MyDict(a=1)])
t({MyInt(3): 1, MyStr("k"): 2})
t("a" * 3, ensure_ascii=True)
t({"a": 1}, default=None, skipkeys=False, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None)
import io
f = io.StringIO(); json.dump({"x": [1, 2.5, None]}, f, indent=1); print(repr(f.getvalue()))
f = io.StringIO(); json.dump([1, "a"], f); print(repr(f.getvalue()))
print(json.loads(io.StringIO('[1, {"a": null}]').read()), json.load(io.StringIO('{"z": [true]}')))
print(json.encoder.encode_basestring("a\"b\n\u00e9"), json.encoder.encode_basestring_ascii("a\"b\n\u00e9\U0001f600"))
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('"a\\u00e9b"', 1))
t(1, indent=None, foo=1)
class Rev(dict):
    def items(self):
        return reversed(list(dict.items(self)))
t(Rev(a=1, b=2)); t(Rev(a=1, b=2), sort_keys=True); t({"x": Rev(c=[1], d=None)}, indent=1)
class BadItems(dict):
    def items(self):
        return [(1, 2, 3)]
t(BadItems(a=1))
