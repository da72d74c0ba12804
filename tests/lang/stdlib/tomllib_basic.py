# tomllib: every value kind, tables, dotted keys, arrays of tables, inline tables,
# strings and escapes, numbers, datetimes, and error messages with positions.
import tomllib, io

def show(s, **kw):
    try:
        print(repr(tomllib.loads(s, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

doc = '''
# comment
title = "TOML Example"   # trailing comment
"quoted key" = 1
'literal key' = 2
bare-key_1 = true
site."google.com" = false
a.b.c = 3
a.b.d = 4

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(k, '=', repr(v))

show('s1 = "tab\\there \\"q\\" \\\\ \\u00e9 \\U0001F600 \\b\\f\\r\\n"')
show("s2 = 'C:\\\\path\\\\no escapes'")
show('s3 = """\nRoses are red\nViolets are blue"""')
show('s4 = """The quick brown \\\n\n\n  fox jumps \\\n    over."""')
show("s5 = '''\nfirst line\n  raw \\\\ text\n'''")
show('s6 = """Here are two quotes: "". Three: ""\\"."""')
show('s7 = """quotes at end"""""')
show("s8 = ''''That,' she said.''''")
show('ints = [+99, 42, 0, -17, 1_000, 5_349_221, 0xDEADBEEF, 0xdead_beef, 0o755, 0b1101_0110]')
show('floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, 0.0, -0.0]')
show('special = [inf, +inf, -inf, nan, +nan, -nan]')
show('dts = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00.5, 1979-05-27, 07:32:00, 00:32:00.1234567]')
show('mixed = [1, "a", [true], {x = 1}, 2.5,]')
show('nested = { a = { b = { c = 1 } }, d.e = 2 }')
show('empty = {}\nempty_arr = [\n  # comment\n]\n')
show('x = 1.5', parse_float=lambda s: 'F' + s)
show('x = [1.5]', parse_float=lambda s: s[::-1])

bad = [
    'a = 1\na = 2', 'a = ', 'a', '= 1', 'a = 1 b = 2', '[a]\n[a]', 'a.b = 1\n[a.b]',
    'a = {x = 1}\na.y = 2', 'a = [1, 2', 'a = {x = 1', 'a = {x = 1, x = 2}',
    'a = "unterminated', "a = 'unterminated", 'a = """x', 'a = "bad \\q escape"',
    'a = "\\uZZZZ"', 'a = "\\uD800"', 'a = 1979-02-30', 'a = 012', 'a = 1__2', 'a = 0x',
    '[[a]]\n[a]', 'a = []\n[[a]]', 'x = 1\n[x]', '[a\nb = 1', '[[a]\n', 'a = "x\x01"',
    '# c \x00', 'a = tru', 'a = +', 'a = 1.', 'a = .5', '\n\n  [t]\n  k = 1\n  k = 2',
    'a = {b = 1}\n[a.c]', 'a.b = 1\na.b.c = 2', '[a]\nb.c = 1\n[a.b]', 'a = [1,,2]',
]
for s in bad:
    show(s)
show('[a.b]\nx=1\n[a]\ny=2')
show('[a]\nb.c = 1\n[a.b.d]\ne = 1')
show('[[a]]\nb.c = 1\n[[a]]\nb.c = 2')
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print(type(e).__name__, e)
print(tomllib.load(io.BytesIO(b'k = "v"\r\nn = 1\r\n')))
try:
    tomllib.load(io.StringIO('k = 1'))
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
try:
    tomllib.loads('x = 1.5', parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
show('a = 5', parse_float=float)
try:
    tomllib.loads(5)
except AttributeError as e:
    print(type(e).__name__, e)
