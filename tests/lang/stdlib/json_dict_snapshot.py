# json.dumps encodes a dict from a snapshot of its items, so a `default` hook that mutates
# the dict being encoded changes nothing in the output; small and large dicts (on either
# side of the encoder's on-stack snapshot size) and floats written without a str object.
import json

class Odd:
    pass

def make(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = Odd() if i == 1 else [i, i * 0.1, 0.1 + 0.2 * i]
    return d

for n in (2, 15, 16, 17, 40):
    d = make(n)
    def hook(o, d=d):
        d["added"] = 1
        for k in list(d)[:3]:
            if k != "k1":
                del d[k]
        return "odd"
    text = json.dumps(d, default=hook)
    print(n, len(text), text[:120])
    print(sorted(d)[:5], len(d))

def clearing(o):
    victim.clear()
    return None
victim = {"a": Odd(), "b": [1.5, 2.25], "c": {"x": 1e-7, "y": 48.850100000000005}}
print(json.dumps(victim, default=clearing), victim)

vals = [0.1 + 0.2, 1e16, 1e-5, 123456789.125, -0.0, 5e-324, 1.7976931348623157e308, 1e22, 2.5]
print(json.dumps(vals))
print(json.dumps({"v": vals}, indent=1))
for bad in (float("nan"), float("inf"), -float("inf")):
    print(json.dumps([bad]))
    try:
        json.dumps([bad], allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
