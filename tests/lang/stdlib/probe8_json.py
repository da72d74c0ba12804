import json, decimal, collections
bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '{"a": 1} x', '', '[1,,2]', '{1: 2}', '"\\x"', '01', '[1.]', 'NaNx', '"\t"']
for s in bad:
    try:
        json.loads(s)
        print('ok', s)
    except json.JSONDecodeError as e:
        print(repr(s), '->', e.msg, e.pos, e.lineno, e.colno, str(e))
try:
    json.loads('{\n  "a": [1,\n  2,,\n]}')
except json.JSONDecodeError as e:
    print(e)
obj = {'b': [1, 2.5, None, True], 'a': {'x': 'é', 'y': []}, 'c': {}}
print(json.dumps(obj))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, indent='\t', ensure_ascii=False))
print(json.dumps(obj, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps({'k': 'é☃\U0001f600'}), json.dumps('\x00\x1f"\\/'))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
try:
    json.dumps(set())
except TypeError as e:
    print('TypeError', e)
print(json.dumps({1, 2} and sorted({1, 2}), default=list), json.dumps(decimal.Decimal('1.5'), default=str))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.loads('[NaN, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=lambda ps: ps))
print(json.loads('{"p": 1.10}', parse_float=decimal.Decimal), json.loads('[1, 2]', parse_int=float))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[NaN]', parse_constant=lambda s: s))
print(json.loads(b'{"a": "\\u00e9"}'), json.loads('"\\ud83d\\ude00"'), repr(json.loads('"\\ud800"')))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'z': 1 + 2j}, cls=Enc), Enc(indent=1).encode([1]))
print(list(Enc().iterencode({'a': [1]})))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print('TypeError', e)
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} tail'), d.raw_decode('[1]', 0))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
