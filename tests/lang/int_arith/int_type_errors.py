# TypeError messages for unsupported int operations.
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: 1 - 'a',
    lambda: 2 * None,
    lambda: 1 / [],
    lambda: 1 // 'x',
    lambda: 5 % 'x',
    lambda: 2 ** 'x',
    lambda: 1 << 1.0,
    lambda: 1 & 1.0,
    lambda: -'x',
    lambda: ~1.5,
    lambda: 1 < 'a',
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__ + ':', e)
