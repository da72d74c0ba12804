# Builtin types like int(), str(), list() match by isinstance and bind the subject.
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int(n):
            return f'int {n}'
        case float(f):
            return f'float {f}'
        case str() as s if not s:
            return 'empty string'
        case str(s):
            return f'str {s!r}'
        case list([int(), *_]):
            return 'list starting with int'
        case list() | tuple():
            return 'other sequence'
        case dict(d):
            return f'dict with {len(d)} keys'
        case _:
            return 'something else'
for v in [True, -3, 7, 1.5, '', 'hi', [1, 'a'], ['a'], (1,), {'k': 1}, None]:
    print(repr(v), '->', kind(v))
