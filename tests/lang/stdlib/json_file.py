import json, os
p = "/tmp/safepy_json_file_test_%d.json" % os.getpid()
with open(p, "w") as f:
    json.dump({"a": [1, 2, {"b": "é"}], "n": None}, f, indent=2, ensure_ascii=False)
with open(p) as f:
    print(json.load(f))
with open(p, "rb") as f:
    print(json.load(f))
print(open(p).read())
os.remove(p)
