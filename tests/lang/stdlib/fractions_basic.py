from fractions import Fraction as F
import math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for a in ((), (3,), (6, 4), (-6, 4), (6, -4), (0, 5), (F(1, 2), F(3, 4)), (1.5,), (0.1,), (-0.0,), ('3/4',), (' -3/4 ',), ('1.5',), ('1e-3',),
          ('-.5',), ('1_000',), ('2.5e2',), ('1.',), ('+7',), ('1E+2',), (True,), (F(5, 10),), ('0/5',)):
    t(F, *a)
for a in (('x',), ('1/0',), (1, 0), ('1 /2',), ('1/-2',), ('.',), ('1e',), ('1__0',), ('_1',), ('inf',), (float('nan'),), (float('inf'),), (1.5, 2), ([],), ('1/2.0',), ('',)):
    t(F, *a)
a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, a ** 0, a ** F(2), F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(2) ** 0.5)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, 7 // a, 7 % a, a + 0.5, 0.5 + a, a * 1j, a == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, 1 < F(3, 2))
print(-a, +a, abs(b), int(b), math.floor(b), math.ceil(b), math.trunc(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(b, 2), round(F(12345, 100), -1), float(a), complex(a))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 10**30)), hash(F(1, 2**61 - 1)))
print(F(1, 2) == F(2, 4), F(1, 3) != F(1, 2), F(1, 2) == 'x', F(1, 2) < F(2, 3), F(1, 2) >= 0.5, F(1) == 1.0, F(1, 2) < float('inf'), F(1, 2) > float('nan'), F(1, 2) == float('nan'))
print(repr(F(3, 4)), str(F(3, 4)), str(F(4, 2)), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), bool(F(0)), bool(F(1, 9)))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(2), F(3, 7).limit_denominator(1), F('3.14159').limit_denominator(1000), F(-7, 3).limit_denominator(2))
t(F(1, 3).limit_denominator, 0); t(F.from_float, 'x'); t(F.from_float, 3); t(F.from_float, 0.25); t(F.from_decimal, 3); t(F.from_decimal, 1.5)
t(lambda: F(1, 2) / 0); t(lambda: F(1, 2) // 0); t(lambda: F(1, 2) % 0); t(lambda: F(0) ** -1); t(lambda: F(1, 2) + 'x'); t(lambda: 'x' * F(1)); t(lambda: F(1, 2) < 'x')
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(7, 3), 2), F(10**20, 3) * 3)
class G(F): pass
print(repr(G(1, 2)), type(G(1, 2) + 1).__name__, isinstance(G(1, 2), F), F(-3, 4) ** 3, F(-3, 4) ** -3, F(2, 3) ** -1)
print({F(1, 2): 1, 0.5: 2}, F(1, 2) in {0.5}, F(7, 1) in {7})
print(F(3, 4).real, F(3, 4).imag, F(-3, 4).conjugate(), type(F(3, 4).real).__name__)
print(F(1, 3) ** F(3), F(8, 27) ** F(1, 3), F(-8) ** F(1, 3) if False else '', F(2, 3) ** 2.0, 2.0 ** F(1, 2), F(1, 2) ** 1j)
print(F('  +1/3  '), F('3e2'), F('-1.25e-1'), F(' 7 '), F('1_2/3_4'), F('0.5') + F('0.25') == F(3, 4), F(10**40 + 1, 10**20))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(7, 2)), round(F(-7, 2)), round(F(1, 3), 3), round(F(12345, 7), -2), int(F(-7, 2)), float(F(1, 3)), math.isclose(F(1, 3), 1/3), F(1, 3) < 0.34)
print(F(1, 2).limit_denominator(1), F(5, 3).limit_denominator(1), F(10**10 + 1, 10**10).limit_denominator(10**5), F(0).limit_denominator(5))
