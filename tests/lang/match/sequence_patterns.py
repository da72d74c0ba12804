# Sequence patterns with fixed length, star captures and nesting.
def shape(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for v in [[], [1], (1, 2), [1, 2, 3, 4], range(3)]:
    print(shape(v))
print(shape('ab'), shape(b'ab'), shape({1: 2}))
def cmd(tokens):
    match tokens:
        case ['go', direction]:
            return f'going {direction}'
        case ['pick', 'up', *items] if items:
            return f'picking {", ".join(items)}'
        case ['quit' | 'exit']:
            return 'bye'
        case [('n' | 's') as d, int(steps)]:
            return f'{d} by {steps}'
        case _:
            return 'unknown'
for t in [['go', 'north'], ['pick', 'up', 'key', 'lamp'], ['pick', 'up'], ['exit'], ['n', 3], ['n', 'x']]:
    print(t, '->', cmd(t))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
