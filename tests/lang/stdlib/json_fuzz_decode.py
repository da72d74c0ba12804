# Differential check: mutated JSON documents decode (or fail) exactly as in CPython.
import json
import sys
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alphabet = '{}[]",:0123456789.eE+- \n\ttrufalsenNIiy\\u/bfnrt\x01\u00e9\ud83d\ude00abc'
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}}', '[1, [2, [3, {"x": "y"}]]]', '"\\ud83d\\ude00"', '-0.0e+5', '{"k": NaN, "j": -Infinity}']
out = []
for i in range(1500):
    d = docs[rnd(len(docs))]
    d = list(d)
    for k in range(rnd(6)):
        op = rnd(3)
        pos = rnd(len(d) + 1)
        if op == 0 and d:
            del d[min(pos, len(d) - 1)]
        elif op == 1:
            d.insert(pos, alphabet[rnd(len(alphabet))])
        else:
            if d:
                d[min(pos, len(d) - 1)] = alphabet[rnd(len(alphabet))]
    s = "".join(d)
    try:
        r = json.loads(s)
        out.append("OK " + repr(r))
        out.append(json.dumps(r))
    except json.JSONDecodeError as e:
        out.append("E %s %d %d %d" % (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        out.append("X " + type(e).__name__ + " " + str(e))
print(len(out))
for o in out:
    print(o)
