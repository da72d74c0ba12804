# !r, !s and !a conversions in f-strings.
s = 'héllo'
print(f'{s!r}', f'{s!s}', f'{s!a}')
class C:
    def __repr__(self):
        return 'C-repr'
    def __str__(self):
        return 'C-str'
c = C()
print(f'{c}', f'{c!r}', f'{c!s}', f'{c!a}')
print(f'{[c]}', f'{(c, "x")}')
print(f'{42!r}', f'{"42"!r}', f'{3.5!s}')
print(f'{s!r:>10}|', f'{s!r:.3}|')
x = 7
print(f'{x=}', f'{x + 1 = }', f'{s=!s}', f'{x=:>4}')
print(f'{ x = }')
