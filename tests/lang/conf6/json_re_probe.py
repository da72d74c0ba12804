import json, re
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
data = {'name': 'x', 'vals': [1, 2.5, None, True], 'nested': {'k': 'é'}}
t(lambda: json.dumps(data)); t(lambda: json.dumps(data, indent=2, sort_keys=True)); t(lambda: json.dumps(data, ensure_ascii=False)); t(lambda: json.loads(json.dumps(data)) == data)
t(lambda: json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'})); t(lambda: json.dumps([float('nan'), float('inf')])); t(lambda: json.dumps(float('nan'), allow_nan=False)); t(lambda: json.dumps({(1,): 2}))
t(lambda: json.dumps(object())); t(lambda: json.dumps({'a': 1}, separators=(',', ':'))); t(lambda: json.dumps('\u2028\x00"')); t(lambda: json.dumps(set(), default=list))
t(lambda: json.loads('{"a": [1, 2, {"b": null}]}')); t(lambda: json.loads('[1.0, 1e3, -0, 12345678901234567890]')); t(lambda: json.loads('"\\ud83d\\ude00"')); t(lambda: json.loads('NaN'))
t(lambda: json.loads('{"a": 1,}')); t(lambda: json.loads('[1, 2')); t(lambda: json.loads('')); t(lambda: json.loads("{'a': 1}")); t(lambda: json.loads('[1] x')); t(lambda: json.loads('"abc'))
t(lambda: json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items()))); t(lambda: json.loads('1.5', parse_float=str)); t(lambda: json.loads(b'[1]')); t(lambda: json.loads('{"a":1,"a":2}'))
try:
    json.loads('{"key": tru}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
t(lambda: re.findall(r'\d+', 'a1b22c333')); t(lambda: re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2')); t(lambda: re.split(r'[,;]\s*', 'a, b;c')); t(lambda: re.match(r'(?P<w>\w+) (\w+)', 'hello world').groupdict())
m = re.search(r'(\d+)-(\d+)', 'range 10-20 here')
t(lambda: (m.group(0), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m.string, m.re.pattern, m.lastindex))
t(lambda: re.fullmatch(r'a+', 'aaa')); t(lambda: re.fullmatch(r'a+', 'aab')); t(lambda: [x.group() for x in re.finditer(r'[A-Z]', 'aBcDe')]); t(lambda: re.sub(r'x', lambda m: 'Y', 'axbx', count=1))
t(lambda: re.compile(r'(')); t(lambda: re.compile(r'[a-')); t(lambda: re.compile(r'a{2,1}')); t(lambda: re.escape('a.b*c')); t(lambda: re.subn('a', 'b', 'aaa')); t(lambda: re.I | re.M)
t(lambda: re.findall(r'(a)(b)?', 'ab a')); t(lambda: re.search(r'^b', 'a\nb', re.M).start()); t(lambda: re.findall(r'.', 'a\nb', re.S)); t(lambda: re.sub(r'(?i)HELLO', 'bye', 'Hello hello'))
t(lambda: re.match(r'(?P<a>x)(?P=a)', 'xx').group()); t(lambda: re.findall(r'(?<=@)\w+', 'a@b c@d')); t(lambda: re.findall(r'\bword\b', 'word sword word.')); t(lambda: re.sub(r'\s+', ' ', ' a \t b\n'))
t(lambda: re.match('a', 'b') is None); t(lambda: re.split(r'(,)', 'a,b')); t(lambda: re.findall(r'\w+', 'héllo wörld')); t(lambda: re.sub('(a)', r'\3', 'a'))
