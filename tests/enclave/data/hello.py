import json
print("hello", 1 + 2)
print(json.dumps({"b": [1, 2.5, None], "a": "\u20ac"}, sort_keys=True))
print(sorted({3, 1, 2}), 2 ** 100)
