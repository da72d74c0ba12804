# Mapping patterns match keys, allow extra keys, and capture **rest.
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty-ish mapping'
        case _:
            return 'not a mapping'
print(handle({'type': 'click', 'pos': (1, 2), 'extra': 0}))
print(handle({'type': 'key', 'key': 'a', 'mods': ['shift'], 'time': 5}))
print(handle({'type': 'scroll'}))
print(handle({'other': 1}))
print(handle([('type', 'click')]))
print(handle({'type': 'key', 'key': 5}))
match {'a': 1}:
    case {'b': _}:
        print('no')
    case {'a': 1, **rest}:
        print('rest is', rest)
