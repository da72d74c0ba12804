# int.from_bytes(5, "big") returned 0 (it went through bytes(5)); CPython raises TypeError.
for a in [1, 1.5, "x", [1, 2], b"\x01\x00", bytearray(b"\x02"), (3,), iter([1, 1])]:
    try:
        print(int.from_bytes(a, "big"))
    except TypeError as e:
        print(type(e).__name__, e)
