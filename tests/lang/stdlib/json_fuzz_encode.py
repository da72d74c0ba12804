# Differential check: random values encode with every option set exactly as in CPython.
import json, sys
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
strs = ["", "a", "é", "\x00", "\x7f", "\ud800", "\U0001f600", "q\"uo\\te", "\n\t", "long string " * 3]
floats = [0.0, -0.0, 1.5, 1e300, 1e-300, 3.141592653589793, float("inf"), float("nan"), 1e16, 123456.789]
def obj(d):
    k = rnd(9 if d < 4 else 5)
    if k == 0: return None
    if k == 1: return rnd(2) == 0
    if k == 2: return rnd(2000) - 1000 if rnd(3) else 10 ** rnd(40)
    if k == 3: return floats[rnd(len(floats))]
    if k == 4: return strs[rnd(len(strs))]
    if k in (5, 6): return [obj(d + 1) for _ in range(rnd(4))]
    if k == 7: return tuple(obj(d + 1) for _ in range(rnd(3)))
    keys = strs + [1, 2.5, True, None, -7]
    return {keys[rnd(len(keys))]: obj(d + 1) for _ in range(rnd(4))}
opts = [{}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"ensure_ascii": False}, {"allow_nan": False},
        {"separators": (",", ":")}, {"sort_keys": True}, {"indent": 0, "ensure_ascii": False}]
for i in range(1500):
    o = obj(0)
    kw = opts[rnd(len(opts))]
    try:
        print(repr(json.dumps(o, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
