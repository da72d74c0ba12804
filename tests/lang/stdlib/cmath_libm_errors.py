# Where CPython's math/cmath/complex power report what glibc's libm did (errno) or check
# for an overflow before a NaN: the cases found by math_libm_digest.py, each with its
# exception or value.
import cmath
import math

inf = float('inf')
nan = float('nan')

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

# degrees/radians are a plain multiplication: overflow gives inf, no error
t('degrees(1e308)', lambda: math.degrees(1e308))
t('degrees(-1.7976931348623157e308)', lambda: math.degrees(-1.7976931348623157e308))
t('radians(inf)', lambda: math.radians(inf))
t('degrees(nan)', lambda: math.degrees(nan))
# exp/cosh/sinh/cos/sin near the overflow threshold (one factor e taken out)
t('exp(709.782712893384+1e-08j)', lambda: cmath.exp(complex(709.782712893384, 1e-08)))
t('exp(709.782712893384+18.7j)', lambda: cmath.exp(complex(709.782712893384, 18.746595476043822)))
t('cosh(709.782712893384+1e-08j)', lambda: cmath.cosh(complex(709.782712893384, 1e-08)))
t('sinh(-709.782712893384+2j)', lambda: cmath.sinh(complex(-709.782712893384, 2.0)))
t('cos(0.0687+709.78j)', lambda: cmath.cos(complex(0.06878130804313973, 709.782712893384)))
t('sin(0.0687+709.78j)', lambda: cmath.sin(complex(0.06878130804313973, 709.782712893384)))
# overflow wins over a NaN part (inf * sin(0))
t('cos(1000j)', lambda: cmath.cos(1000j))
t('sin(1000j)', lambda: cmath.sin(1000j))
t('exp(1000+0j)', lambda: cmath.exp(complex(1000, 0.0)))
t('exp(1000-0j)', lambda: cmath.exp(complex(1000, -0.0)))
t('cosh(1000+0j)', lambda: cmath.cosh(complex(1000, 0.0)))
t('sinh(-1000+0j)', lambda: cmath.sinh(complex(-1000, 0.0)))
t('tanh(1000+1j)', lambda: cmath.tanh(complex(1000, 1.0)))
# phase: atan2 underflowing to zero is a range error; a subnormal result is not
t('phase(2+5e-324j)', lambda: cmath.phase(complex(2.0, 5e-324)))
t('phase(1+5e-324j)', lambda: cmath.phase(complex(1.0, 5e-324)))
t('phase(1e300+1e-300j)', lambda: cmath.phase(complex(1e300, 1e-300)))
t('phase(-1e300+1e-300j)', lambda: cmath.phase(complex(-1e300, 1e-300)))
t('phase(1e300-1e-300j)', lambda: cmath.phase(complex(1e300, -1e-300)))
t('phase(1e10+2.2e-308j)', lambda: cmath.phase(complex(1e10, 2.2250738585072014e-308)))
t('phase(inf+1j)', lambda: cmath.phase(complex(inf, 1.0)))
t('phase(0j)', lambda: cmath.phase(0j))
t('polar(2+5e-324j)', lambda: cmath.polar(complex(2.0, 5e-324)))
t('polar(1e300+1e-300j)', lambda: cmath.polar(complex(1e300, 1e-300)))
# log with a base: only the base's logarithm and the division are checked
t('log(0j, 2.5)', lambda: cmath.log(0j, 2.5))
t('log(-0j, 2.5)', lambda: cmath.log(complex(-0.0, -0.0), 2.5))
t('log(0j)', lambda: cmath.log(0j))
t('log(2.5, 0j)', lambda: cmath.log(2.5, 0j))
t('log(2.5, 1)', lambda: cmath.log(2.5, 1))
t('log(0j, 1)', lambda: cmath.log(0j, 1))
t('log(3+4j, 2+1j)', lambda: cmath.log(3 + 4j, 2 + 1j))
t('log(1e300+1e300j, 1e-300j)', lambda: cmath.log(complex(1e300, 1e300), 1e-300j))
# complex power: EDOM from a zero divisor or from cos/sin of an infinite phase
t('(1e-200+0j)**-2', lambda: (1e-200 + 0j) ** -2)
t('(1e-200+1e-200j)**-3', lambda: complex(1e-200, 1e-200) ** -3)
t('(nan+0j)**-2', lambda: complex(nan, 0.0) ** -2)
t('0j**-1', lambda: 0j ** -1)
t('0j**0j', lambda: 0j ** 0j)
t('0j**(1+1j)', lambda: 0j ** (1 + 1j))
t('0j**2.5', lambda: 0j ** 2.5)
t('(0.5+0.5j)**(-inf+1j)', lambda: complex(0.5, 0.5) ** complex(-inf, 1.0))
t('(inf+24j)**(-6.5-0.66j)', lambda: complex(inf, 24.0) ** complex(-6.5, -0.66))
t('(3+0.4j)**(1+1.79e308j)', lambda: complex(3, 0.4) ** complex(1.0000000000000002, 1.7976931348623157e308))
t('(10-3.3j)**(0.16+infj)', lambda: complex(10, -3.3) ** complex(0.16, inf))
t('(1+1j)**1e308', lambda: (1 + 1j) ** 1e308)
# an infinite part is an overflow even with infinite operands
t('(inf+0j)**2.5', lambda: complex(inf, 0.0) ** 2.5)
t('(inf+0j)**1', lambda: complex(inf, 0.0) ** 1)
t('(inf+0j)**2', lambda: complex(inf, 0.0) ** 2)
t('2**(1e308+0j)', lambda: 2 ** complex(1e308, 0))
t('pow(2.0, 1+1j)', lambda: pow(2.0, 1 + 1j))
t('(1+2j)/(3+4j)', lambda: (1 + 2j) / (3 + 4j))
t('(1e300+1e300j)/(1e-300+1e300j)', lambda: complex(1e300, 1e300) / complex(1e-300, 1e300))
t('(1+1j)/(nan+0j)', lambda: (1 + 1j) / complex(nan, 0.0))
t('(1+1j)/0j', lambda: (1 + 1j) / 0j)
# zero base: only a negative real part or a non-zero imaginary part is an error (NaN real
# part included: 0j ** complex(nan, 0) is 0j)
t('0j**(nan+0j)', lambda: 0j ** complex(nan, 0.0))
t('0j**(nan+1j)', lambda: 0j ** complex(nan, 1.0))
t('0j**(2.5+nanj)', lambda: 0j ** complex(2.5, nan))
