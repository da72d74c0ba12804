# Arbitrary-precision arithmetic: carries across limbs, products large enough for
# Karatsuba, and consistency checks between *, // and %.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 2**64 - 1 + 1)
t(lambda: 2**128 - 1 - (2**128 - 2))
t(lambda: (2**64 - 1) * (2**64 - 1))
t(lambda: -(10**50) + 10**50)
t(lambda: 3**500 * 7**400 - 7**400 * 3**500)
t(lambda: str(3**2000)[:30])
t(lambda: str(3**2000)[-30:])
t(lambda: len(str(3**2000)))
t(lambda: (11**3000 * 13**2500) % (10**9 + 7))
t(lambda: (11**3000 * 13**2500) // 13**2499 == 11**3000 * 13)
t(lambda: (7**5000 // 3**4000) % 1000003)
t(lambda: (7**5000 % 3**4000) % 1000003)
t(lambda: abs(-(10**40)))
t(lambda: -(-(10**40)))
t(lambda: +(10**40))
t(lambda: (10**40).bit_length())
t(lambda: (-(10**40)).bit_length())
