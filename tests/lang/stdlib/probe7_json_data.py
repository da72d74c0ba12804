import json
from collections import OrderedDict
from decimal import Decimal
doc = '{"users": [{"name": "Ann", "age": 31, "tags": ["a", "b"], "score": 9.5, "active": true, "boss": null}, {"name": "Bo\\u00e9", "age": 5e1, "tags": []}]}'
d = json.loads(doc)
print(d, type(d['users'][1]['age']))
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps(d, separators=(',', ':'), ensure_ascii=False))
print(json.dumps({'a': float('inf'), 'b': float('nan')}), json.dumps([1, (2, 3)], indent='\t'))
print(json.dumps({1: 'int key', True: 'b', None: 'n', 2.5: 'f'}), json.dumps('\u2028 </script> "q" \\'))
for bad in ['{"a": 1,}', '[1, 2', "{'a': 1}", '', 'nan', '{"a" 1}', '[1] x', '"\\x"', '01']:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, {1, 2}, b'x', object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('1.10', parse_float=Decimal), json.loads('[1, 2]', parse_int=str), json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": {"__complex__": [1, 2]}}', object_hook=lambda o: complex(*o['__complex__']) if '__complex__' in o else o))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps({'d': Decimal('1.5')}, default=str))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({'b': [], 'a': {}}, indent=4, sort_keys=True), json.loads('  [ ]  '), json.loads('"\\ud83d\\ude00"'))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), json.dumps(12345678901234567890), json.dumps(1e300 * 10), json.dumps(-0.0), json.dumps(1.0))
