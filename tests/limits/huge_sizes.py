# Sizes computed from huge counts raise MemoryError/OverflowError instead of overflowing.
cases = [
    lambda: "a" * 10**18,
    lambda: [0] * 10**18,
    lambda: "a" * 2**63,
    lambda: b"x" * 10**18,
    lambda: (1,) * 10**18,
    lambda: "ab" * (2**62),
    lambda: bytearray(10**18),
    lambda: [None] * (2**62),
]
for f in cases:
    try:
        f()
        print("ok")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
