import json
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1.5, 2, -3e2, 10]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1.25]', parse_float=str), json.loads('7', parse_int=float))
def bad(s): raise ValueError("no " + s)
try: json.loads('[1, 2.5]', parse_float=bad)
except ValueError as e: print("ValueError", e)
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"x": {"y": 1}}', cls=D))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('  {"a": 1}', 2))
try: dec.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
print(dec.decode(' "x" '))
try: json.loads('"a\tb"', strict=True)
except json.JSONDecodeError as e: print(e)
print(repr(json.loads('"a\tb"', strict=False)))
print(json.JSONDecoder(strict=False).decode('["\x00"]'))
docs = [None, True, 0, -1, 2**70, -2**70, 1.0, -2.5e-10, 1e22, 123.456, "", "snow\u2603man", "\U0001f40d",
        [], {}, [[[]]], {"a": {"b": {"c": [1, 2, {"d": None}]}}}, ["mixed", 1, 2.0, False, None, {"k": []}],
        {"unicode \u00e9": "\u00e9", "esc\"ape": "back\\slash", "ctl": "\x00\x1f"}]
for d in docs:
    for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
        s = json.dumps(d, **kw)
        assert json.loads(s) == d, (d, kw, s)
print("roundtrip ok")
big = {"key%d" % i: [i, i * 1.5, str(i), i % 2 == 0, None] for i in range(200)}
s = json.dumps(big)
print(len(s), json.loads(s) == big, json.dumps(json.loads(s)) == s)
print(json.loads(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"})))
print(json.loads("1e400"), json.loads("-1e400"), json.loads("-0"), json.loads("0.0"), json.loads(" 3 "))
print(json.loads('"\\u0041\\u00e9\\u4e2d\\ud83d\\ude00"'))
print(json.loads('{"a":1}', object_hook=None, parse_float=None))
try: json.loads('[1]', bogus=1)
except TypeError as e: print("TypeError", e)
