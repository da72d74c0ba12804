# f-strings evaluate arbitrary expressions in the enclosing scope.
name = 'World'
n = 3
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}', f'{n * n}', f'{n ** 10}')
print(f'{name.upper()} {name[::-1]} {len(name)}')
items = [1, 2, 3]
print(f'{items} {items[0]} {sum(items)}')
d = {'key': 'val'}
print(f"{d['key']} {d}")
print(f'{"nested quotes"}', f"{'single'}")
print(f'{n if n > 2 else 0}', f'{[x * 2 for x in items]}')
print(f'{{braces}} {{{n}}}')
print(f'{(lambda x: x + 1)(5)}')
print(f'{n!r:>5}|{name:*^11}|')
print(F'capital {n}', rf'raw \n {n}', fr'{n}\t')
print(f'')
print(f'{3.0}', f'{None}', f'{True}')
