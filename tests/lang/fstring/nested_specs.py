# Nested replacement fields inside format specs.
width, prec = 10, 3
x = 3.14159265
print(f'[{x:{width}.{prec}f}]')
print(f'[{x:>{width}}]', f'[{"hi":{"^"}{width}}]')
fill, align = '*', '<'
print(f'[{"left":{fill}{align}{width}}]')
for w in range(3, 7):
    print(f'[{w:{w}}]')
spec = '08.2f'
print(f'{x:{spec}}')
rows = [('apple', 1.5), ('kiwi', 12.25), ('watermelon', 100.0)]
col = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f'{name:<{col}} | {price:>{width}.{2}f}')
