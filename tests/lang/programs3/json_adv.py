import json
from datetime import datetime, date, timezone, timedelta
from decimal import Decimal
from collections import OrderedDict

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def hook(d):
    if "__type__" in d and d["__type__"] == "point":
        return (d["x"], d["y"])
    return d

data = {"when": datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc), "day": date(2024, 1, 2), "amt": Decimal("9.99"), "tags": {"b", "a"}}
s = json.dumps(data, cls=Encoder, sort_keys=True)
print(s)
print(json.loads('{"p": {"__type__": "point", "x": 1, "y": 2}, "q": [1]}', object_hook=hook))
print(json.loads('[1.5, 2]', parse_float=Decimal), json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('123', parse_int=lambda s: int(s) * 2), json.loads('"\\ud83d\\ude00"'), json.dumps("\U0001f600"))
try:
    json.dumps(data)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(float("nan")), json.dumps(float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
try:
    json.dumps({(1, 2): "x"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x"}, skipkeys=True), json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": [], "b": {}}, indent=2))
for bad in ['', '[1, 2', '{"a" 1}', 'nul', '[1,]', '"abc', '{"a":1}x', "{'a': 1}", '01', '1e']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno)
print(json.loads(' \n{"multi":\n [1,\n 2]}\n'), json.loads('"tab\\tnew\\nq\\"u\\u00e9"'))
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"z": 1, "a": (1, 2)}), "".join(json.JSONEncoder().iterencode([1, "x"])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode("[]"))
import io
buf = io.StringIO(); json.dump({"k": "v"}, buf); buf.seek(0); print(buf.getvalue(), json.load(buf))
class Model:
    def __init__(self, **kw): self.__dict__.update(kw)
    def to_json(self): return json.dumps(self.__dict__, sort_keys=True)
    @classmethod
    def from_json(cls, s): return cls(**json.loads(s))
m = Model.from_json('{"name": "n", "vals": [1, 2.0, null], "nested": {"ok": true}}')
print(m.name, m.vals, m.nested, m.to_json())
print(json.dumps("\x00\x1f\x7f</script>"), json.dumps(1e-10), json.dumps(123456789012345678901234567890), json.dumps(-0.0), json.dumps(1.0))
print(json.loads("1E400"), json.loads("-1e-400"), json.loads("[-0, 0.0, 1.10]"), json.loads('"\\/"'))
tz = timezone(timedelta(hours=-5), "EST")
dt = datetime(2024, 3, 10, 8, 0, tzinfo=tz)
print(dt, dt.isoformat(), dt.astimezone(timezone.utc), dt.utcoffset(), dt.tzname(), dt.strftime("%Y-%m-%d %H:%M %Z %z"))
print(timezone.utc, repr(timezone(timedelta(hours=5, minutes=30))), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat("2024-01-01T10:00:00+02:00"), datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,2,tzinfo=timezone(timedelta(hours=2))))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
