# The accelerator functions called directly with odd arguments: exceptions, never crashes.
import json
import json.decoder
import json.encoder
import json.scanner
import _json

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: json.decoder.scanstring('"abc"', 1))
show(lambda: json.decoder.scanstring('"abc"', 0))
show(lambda: json.decoder.scanstring('"abc"', 5))
show(lambda: json.decoder.scanstring('"abc"', 99))
show(lambda: json.decoder.scanstring('"abc"', -1))
show(lambda: json.decoder.scanstring(b'"abc"', 1))
show(lambda: json.decoder.scanstring('"a\\u00e9\\"', 1))
show(lambda: json.decoder.scanstring('"\u00e9\u00e9" tail', 1))
show(lambda: json.encoder.encode_basestring(5))
show(lambda: json.encoder.encode_basestring_ascii(None))
show(lambda: json.encoder.encode_basestring_ascii("\u00e9\n"))
d = json.JSONDecoder()
show(lambda: d.raw_decode("[1, 2]", 3))
show(lambda: d.raw_decode("[1, 2]", 100))
show(lambda: d.raw_decode("é[1]", 1))
show(lambda: d.raw_decode("[1]", -1))
show(lambda: d.scan_once("12", 0))
show(lambda: json.loads("[" + "1," * 1000 + "1]")[-1])
show(lambda: json.dumps({"a": 1}, indent=2.5))
show(lambda: json.dumps({"a": 1}, separators=(1, 2)))
show(lambda: json.dumps({"a": 1}, separators=(",",)))
show(lambda: json.JSONEncoder(indent=3).encode({"é": ["x"]}))
show(lambda: json.dumps([1, 2], indent="--"))
show(lambda: json.dumps(iter([1])))
class BadDefault(json.JSONEncoder):
    def default(self, o):
        return o
show(lambda: json.dumps(object(), cls=BadDefault))
class Mut:
    pass
lst = [1, 2, Mut(), 4]
def dflt(o):
    lst.clear()
    return "m"
show(lambda: json.dumps(lst, default=dflt))
dd = {"a": 1, "b": Mut(), "c": 3}
def dflt2(o):
    dd.clear()
    return "m"
show(lambda: json.dumps(dd, default=dflt2))
show(lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
show(lambda: json.loads('[1]', parse_int=lambda s: s * 2))
show(lambda: json.loads('{"a": 1}', object_pairs_hook=len))
show(lambda: json.loads("[1e5, 1E-5, 0.5e+2, -0.0e0]"))
show(lambda: json.loads("123456789012345678"))
show(lambda: json.loads("-9223372036854775809"))
show(lambda: json.loads("1" * 5000) > 0)
show(lambda: json.dumps(10 ** 5000)[:5])
show(lambda: json.dumps("\udc80\ud800x"))
show(lambda: json.dumps({"\ud83d\ude00": 1}))
show(lambda: json.loads('"\\ud800\\udc00"') == "\U00010000")
show(lambda: json.loads('["a", "\\\\", "\\"", "\\u0000"]'))
show(lambda: json.dumps([[[]]], indent=0, separators=(",", ":")))
show(lambda: json.dumps({"k": {"k": {}}}, sort_keys=True, indent=1))
show(lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show(lambda: json.dumps({True: 1, 2.5: 2, None: 3}, sort_keys=False))
show(lambda: json.dumps([float("1e16"), 1e-5, 123456789.123456789, 2.0 ** 70, 5e-324]))
