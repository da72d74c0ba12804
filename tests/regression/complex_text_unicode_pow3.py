# complex() of text with Unicode spaces and decimal digits (made ASCII first, as CPython);
# three-argument pow with a complex operand: ValueError 'complex modulo'; signed zeros.
for s in ['\N{EM SPACE}(\N{EN SPACE}1+1j ) ', ' ( 1+1j ) ', '(1+1j', '1+1j)', '( 1 )', '\u30001j', '1e500j', '-0j', '(-0-0j)', '-0.0-0.0j', 'nanj', '-nan-infj', '1_000j']:
    try: c = complex(s); print(repr(s), c, c.real, c.imag)
    except Exception as e: print(repr(s), type(e).__name__, e)
try: pow(1j, 1j, 1j)
except Exception as e: print(type(e).__name__, e)
for a, b in [(0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (complex(0.0, -0.0), 0), (1, complex(-0.0, 0.0)), (complex(1, -0.0), complex(0, -0.0))]:
    c = complex(a, b); print(repr(c), c.real, c.imag)
print(complex(-0.0), complex(float('nan'), -0.0))
import math
print(math.copysign(1, complex(0.0, -0.0).imag), math.copysign(1, complex(-0.0).imag))
for a in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (1.5, 1j, 2), (1j, 1.5, 2), (2, 3, 1.5), (2, 1.5, 1j)]:
    try: pow(*a)
    except Exception as e: print(a, type(e).__name__, e)
for f in (int, float, complex):
    for s in ['\u0661\u0662', '\u2003 12\u3000', '\uff11\uff12', '1\u066b5']:
        try: print(f.__name__, repr(s), f(s))
        except Exception as e: print(f.__name__, repr(s), type(e).__name__, e)
