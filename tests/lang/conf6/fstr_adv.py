def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
x, y = 10, 'abc'
t(lambda: f"{x=}"); t(lambda: f"{x = }"); t(lambda: f"{y=!s}"); t(lambda: f"{x=:>5}"); t(lambda: f"{x*2=}"); t(lambda: f"{y!a}"); t(lambda: f"{'é'!a}")
t(lambda: f"{x:{'>'}{10}}"); t(lambda: f"{{{x}}}"); t(lambda: f"{x:#x}"); t(lambda: f"{3.14159:.{2}f}"); t(lambda: f"{'nested ' + f'{x}'}"); t(lambda: f"{[1, 2][0]}"); t(lambda: f"{ {'a': 1}['a'] }")
t(lambda: f"{x!r:^8}"); t(lambda: f"{None}"); t(lambda: f"{None!r:>6}"); t(lambda: f"{True:d}"); t(lambda: f"{True:>5}"); t(lambda: f"{1e10:,.0f}"); t(lambda: f"{12345678:_}"); t(lambda: f"{-1:x}")
class F:
    def __format__(self, spec): return f"F<{spec}>"
t(lambda: f"{F():abc}"); t(lambda: format(F())); t(lambda: f"{F()!r}"[:10]); t(lambda: "{:xyz}".format(F()))
class NoFmt: pass
t(lambda: format(NoFmt(), 'x')); t(lambda: f"{object():d}")
t(lambda: f"{x:{y}}"); t(lambda: f"{'a':{'<'}3}|"); t(lambda: f"{y:.2}"); t(lambda: f"{y:*^9}"); t(lambda: f"{x:08.3f}"); t(lambda: f"{x:+}"); t(lambda: f"{x: }")
t(lambda: f"{1:=10}"); t(lambda: f"{-1:=10}"); t(lambda: f"{'s':=10}"); t(lambda: f"{1.5:=+10}"); t(lambda: f"{x:,d}"); t(lambda: f"{x:,x}"); t(lambda: f"{1.5:,x}")
t(lambda: f"{x:c}"); t(lambda: f"{65:c}"); t(lambda: f"{x:-^+10}"); t(lambda: f"{0.000012345:.3g}"); t(lambda: f"{123456789:.3g}"); t(lambda: f"{1.0:#g}"); t(lambda: f"{0:#o}"); t(lambda: f"{255:#_b}")
t(lambda: eval('f"{x!z}"')); t(lambda: eval('f"{}"')); t(lambda: eval('f"{x:{1}{2}{3}}"')); t(lambda: eval("f'{lambda: 1}'")); t(lambda: eval('f"{x:}"'))
t(lambda: f"""{
x
}"""); t(lambda: rf"\d{x}"); t(lambda: fr"{x}\n"); t(lambda: f"{x}" f"{y}" "z")
import datetime
d = datetime.date(2024, 3, 5)
t(lambda: f"{d:%Y/%m/%d}"); t(lambda: f"{d}"); t(lambda: f"{d!r}"); t(lambda: format(d, '')); t(lambda: "{:%d %b}".format(d))
import decimal
t(lambda: f"{decimal.Decimal('1.2345'):.2f}"); t(lambda: f"{decimal.Decimal('1234.5'):,}")
from fractions import Fraction
t(lambda: f"{Fraction(1, 3)}"); t(lambda: str(Fraction(3, 6))); t(lambda: Fraction('1.5')); t(lambda: Fraction(1, 0))
t(lambda: "%-10s|" % type(F()).__name__); t(lambda: "%s" % F()[:0] if False else "%.2s" % 'xyz')
t(lambda: format(1234.5678, '.2e')); t(lambda: format(-1234.5678, '+,.1f')); t(lambda: format(1e-10, '.2%')); t(lambda: format(float('inf'), '%')); t(lambda: format(0.5, '.0f')); t(lambda: format(1.5, '.0f')); t(lambda: format(2.5, '.0f'))
t(lambda: format(10, '=')); t(lambda: format(10, '020,')); t(lambda: format(10.5, '020,.2f')); t(lambda: format(1, '.2d')); t(lambda: format('s', 'd')); t(lambda: format('s', '+')); t(lambda: format('s', ',')); t(lambda: format(1, 'z'))
