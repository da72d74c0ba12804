# json.dumps fast paths (jsonmod.c): small ints written digit by digit, one-character
# quotes and brackets, floats through float_repr's fast digits; each next to its
# fallbacks (big ints, int subclasses, exponent-form and special floats, indent).
import json
ints = [0, 1, -1, 9, 10, -10, 12345, -99999, 2**31, -2**31, 2**62 - 1, -2**62, 2**62,
        -2**62 - 1, 2**63, -2**63, 2**64 + 1, 10**30, -10**30, True, False]
print(json.dumps(ints))
class I(int):
    pass
print(json.dumps([I(5), I(-7), {"k": I(0)}]))
floats = [0.0, -0.0, 0.1, -48.8501, 1.25 * 2999, 1e16, 1e-5, 1.5e-7, 123456789.125, 2.0 ** 70,
          5e-324, 1.7976931348623157e308]
print(json.dumps(floats))
for bad in (float("inf"), float("nan")):
    print(json.dumps([bad]))
    try:
        json.dumps([bad], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
data = {"a": [], "b": {}, "c": [[], [{}]], "d": [1, [2, [3, {"e": "f\"g\\h\n"}]]],
        "\u00e9": "caf\u00e9 \U0001f600", "n": None}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(";", "=")))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({1: 2, 2.5: -3, True: False, None: 0}))
text = json.dumps([{"id": i, "v": i * -1.5, "s": "x%d" % i} for i in range(-3, 3)])
print(text, json.loads(text) == [{"id": i, "v": i * -1.5, "s": "x%d" % i} for i in range(-3, 3)])
