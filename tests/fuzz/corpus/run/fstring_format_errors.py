# Invalid format specs raise ValueError with CPython messages.
cases = [
    (42, 'q'), ('abc', 'd'), (3.5, 'd'), ('abc', '=5'), (1.5, 'x'), ('s', '+'), (42, '.2s'),
    ([1], '>5'), (None, 'd'),
]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(value).__name__, repr(spec), type(e).__name__, e)
for src in ["f'{}'", "f'{'", "f'}'", "f'{x!z}'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
