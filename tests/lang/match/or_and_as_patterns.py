# Or-patterns and as-patterns.
def f(v):
    match v:
        case 'y' | 'yes' | 'Y':
            return 'affirmative'
        case 0 | 0.0 | None:
            return 'nothing'
        case [1, 2] | (3, 4) as seq:
            return f'known pair {seq!r}'
        case ([x] | (x, 0)):
            return f'single {x}'
        case (int() | float()) as num:
            return f'number {num}'
        case {'id': (int() as ident)}:
            return f'id {ident}'
        case _:
            return 'other'
for v in ['y', 'Y', 0, None, [1, 2], (3, 4), [9], (8, 0), 7, 2.5, {'id': 3}, {'id': 'x'}]:
    print(repr(v), f(v))
try:
    compile('match v:\n    case [x] | [y]:\n        pass\n', '<m>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
