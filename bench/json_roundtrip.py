# JSON round trip: dumps and loads of a few thousand nested records (the _json C paths).
import json

records = [{"id": i, "name": "user%d" % i, "score": i * 1.25, "active": i % 3 == 0,
            "tags": ["alpha", "beta", "gamma"][: i % 4], "address": {"city": "Paris",
            "zip": "750%02d" % (i % 20), "geo": [48.85 + i / 1e4, 2.35]}, "note": None}
           for i in range(3000)]
total = 0
for _ in range(15):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + len(back)
pretty = json.dumps(records[:50], indent=2, sort_keys=True)
print(total, len(pretty), back == records, json.loads(pretty) == records[:50])
