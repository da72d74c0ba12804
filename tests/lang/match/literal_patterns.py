# match with literal patterns, including None/True/False and strings.
def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case -1:
            return 'minus one'
        case 2.5:
            return 'two and a half'
        case b'raw':
            return 'bytes'
        case _:
            return 'other'
for v in [0, 1, 3, 'hello', None, True, False, -1, 2.5, b'raw', 'x', 1.0]:
    print(repr(v), describe(v))
