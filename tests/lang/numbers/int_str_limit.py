# The 4300-digit limit of int<->str conversion (CPython 3.11), both directions, and
# that power-of-two bases are exempt.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: len(str(10**4299)))
t(lambda: str(10**4300))
t(lambda: str(-(10**4300)))
t(lambda: int("1" * 4300) % 97)
t(lambda: int("1" * 4301))
t(lambda: int("0" * 5000))
t(lambda: int("f" * 5000, 16) % 1000)
t(lambda: len(hex(10**5000)))
t(lambda: format(10**4300, "d"))
t(lambda: format(10**4300, "x")[:8])
t(lambda: repr(10**4300))
