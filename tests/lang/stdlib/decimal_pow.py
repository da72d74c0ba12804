from decimal import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Decimal(2) ** 10**9); t(lambda: Decimal('0.5') ** 10**9); t(lambda: Decimal('1.0000001') ** 10**6); t(lambda: Decimal('1.0000001') ** -10**6); t(lambda: Decimal(3) ** 5000)
t(lambda: Decimal('0.999') ** 12345); t(lambda: Decimal(-3) ** 2001); t(lambda: Decimal('1.5') ** 1500)
with localcontext() as c:
    c.traps[Overflow] = False
    t(lambda: Decimal(2) ** 10**9); t(lambda: Decimal(-2) ** (10**9 + 1)); print(c.flags[Overflow], c.flags[Inexact])
with localcontext() as c:
    t(lambda: Decimal('0.5') ** 10**9); print(c.flags[Underflow], c.flags[Subnormal], c.flags[Clamped])
