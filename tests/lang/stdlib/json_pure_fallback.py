# json without its C accelerator (CPython's tests block _json with import_fresh_module):
# the package falls back to its Python scanner, string scanner and encoder, as CPython's
# does; it needed _json and did not import. Messages are those of CPython's pure decoder.
import sys

sys.modules['_json'] = None
for name in [m for m in sys.modules if m == 'json' or m.startswith('json.')]:
    del sys.modules[name]
import json

print(json.decoder.scanstring.__module__, json.scanner.make_scanner.__module__,
      json.encoder.encode_basestring_ascii.__module__, json.encoder.c_make_encoder)
for bad in ['{"a" 1}', '{"a": 1,}', '[1,]', '[1 2]', '{1:2}', '"ab', '"a\\x"', '"\\u12"',
            '"\\u12zz"', '"a\x01"', '[', '{', '{"a":', 'tru', '-', '1.', '01', '[1,2', ' ',
            '"\\', '[1,2]x', '{"a":1 "b":2}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(ascii(bad), e, e.pos)
doc = ('{"a": [1, 2.5, -3e2, 1E+2, true, false, null, "x\\u00e9\\ud834\\udd1e\\n\\/"],'
       ' "b": {"c": NaN, "d": -Infinity, "e": Infinity}, "a": 1, "lone": "\\udc00\\ud800"}')
print(ascii(json.loads(doc)))
print(json.loads(doc, object_pairs_hook=list)[0])
print(json.loads('{"x": {}}', object_hook=lambda d: sorted(d)))
print(json.dumps(json.loads(doc)))
print(json.dumps('é\U0001d11e\x7f\x00\x1f"\\\n\t\b\f\r'),
      ascii(json.dumps('é\x7f\x00', ensure_ascii=False)))
print(json.dumps({'k': [1, {'z': None}], 'a': ()}, indent=2, sort_keys=True))
print(json.dumps([1.5, 10**20, -0.0, {1: 2, 2.5: 3, None: 4, True: 5}], separators=(',', ':')))
print(ascii(json.loads('"a\x01b"', strict=False)), json.loads('1.5', parse_float=str),
      json.loads('7', parse_int=float), json.loads('NaN', parse_constant=str))
print(json.decoder.scanstring('"abc" rest', 1), json.JSONDecoder().raw_decode('[1] x'))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(d, list(d[0])[0] is list(d[1])[0])
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(list(json.JSONEncoder().iterencode({'a': [1, 'b']})))
