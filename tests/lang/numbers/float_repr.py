# repr(float) is the shortest string that round-trips, with CPython's switch to exponent
# notation (exponent < -4 or >= 16), for special and random values.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 0.1)
t(lambda: 0.2)
t(lambda: 0.1 + 0.2)
t(lambda: 1.0)
t(lambda: -0.0)
t(lambda: 1e16)
t(lambda: 1e15)
t(lambda: 123456789012345678.0)
t(lambda: 1e-05)
t(lambda: 0.0001)
t(lambda: 1e22)
t(lambda: 1e23)
t(lambda: 5e-324)
t(lambda: 2.2250738585072014e-308)
t(lambda: 1.7976931348623157e308)
t(lambda: 9007199254740993.0)
t(lambda: 1/3)
t(lambda: 2/3)
t(lambda: 100.0)
t(lambda: 2.0**60)
t(lambda: 2.0**-30)
t(lambda: float("inf"))
t(lambda: float("-inf"))
t(lambda: float("nan"))
t(lambda: 1e300 * 1e10)
t(lambda: 0.3)
t(lambda: 2.5e-7)
t(lambda: 123.456)
t(lambda: 1e100)
t(lambda: 3.14159)
t(lambda: str(0.1))
t(lambda: str(1e16))
t(lambda: str(-1.5))
vals = []
x = 0.7071067811865476
for i in range(300):
    x = (x * 3.7 + 0.123456789) % 1.0
    vals.append(x * 10.0 ** ((i * 7) % 61 - 30))
print(" ".join(repr(v) for v in vals))
