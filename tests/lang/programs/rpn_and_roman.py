# Reverse Polish notation evaluator and Roman numeral conversion both ways.
def rpn(expr):
    stack = []
    ops = {
        '+': lambda a, b: a + b,
        '-': lambda a, b: a - b,
        '*': lambda a, b: a * b,
        '/': lambda a, b: a / b,
        '//': lambda a, b: a // b,
        '^': lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f'not enough operands for {tok!r}')
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f'stack has {len(stack)} items at end')
    return stack[0]


for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 ^ dup *', '1 2 swap -', '7 2 /', '7 2 //', '1.5 2 *',
          '1 +', '1 2', '4 0 /', 'x 1 +']:
    try:
        print(f'{e:<22} => {rpn(e)}')
    except (ValueError, ZeroDivisionError, IndexError) as err:
        print(f'{e:<22} !! {type(err).__name__}: {err}')

NUMERALS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range 1..3999')
    out = ''
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out += sym * count
    return out


def from_roman(s):
    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f'non-canonical numeral {s!r}')
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000]:
    try:
        to_roman(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in ['IIII', 'VX', 'ABC']:
    try:
        from_roman(bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
