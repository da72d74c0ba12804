class Default(dict):
    def __missing__(self, k): return '{' + k + '}'
print('{name} is {age}'.format_map(Default(name='Ann')))
try:
    '{x}'.format_map({})
except KeyError as e:
    print(repr(e))
class Obj:
    attr = 'A'
    def __getitem__(self, k): return f'item[{k!r}]'
print('{0.attr} {0[key]} {0[3]} {0[-1]}'.format(Obj()))
print('{0[1.5]}'.format(Obj()) if False else '')
try:
    '{0.missing}'.format(Obj())
except AttributeError as e:
    print(e)
try:
    '{0[0]}'.format(5)
except TypeError as e:
    print(e)
print('{:>{}}'.format('x', 5), '{0:{fill}^{width}}'.format('m', fill='*', width=7), '{!s:>4}'.format(None))
try:
    '{:{}}'.format(1)
except IndexError as e:
    print(e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print(e)
import string
f = string.Formatter()
print(f.format('{0}-{1}', 'a', 'b'), list(f.parse('a{0!r:>3}b{}')))
class MyF(string.Formatter):
    def get_value(self, key, args, kwargs):
        return str(key).upper()
print(MyF().format('{hello} {0}', 'zz'))
print('{0}{0}{1}'.format('a', 'b'), '{}{}'.format(*'xy'), '{a}{b}'.format(**{'a': 1, 'b': 2}))
print(f"{'{'}{'}'}", f"{'a' 'b'}", f"{3:{'>'}{4}}", f'{"q"!r}', f'{1 if True else 2}', f'{(lambda: 7)()}', f'{[x for x in "ab"]}')
n = 3.14159
w = 10
print(f'{n:{w}.{2}f}|', f'{n!r:>{w}}|', f'{n=:.2f}', f'{w = }', f'{w=!s}')
print(f'{"multi" + "ple"}', f'''{
1 + 1
}''', f'{{literal}}', f'{n:,.2f}', f'{12345678:_}', f'{-0.0:+.1f}')
from decimal import Decimal
print(f'{Decimal("1.2345"):.2f}', format(Decimal('1234.5'), ','), f'{Decimal("0.1"):%}', format(Decimal('-0'), '+'))
import datetime
print(f'{datetime.date(2020, 5, 17):%d.%m.%Y}', '{:%H}'.format(datetime.time(7)))
