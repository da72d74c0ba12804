# Iterator __setstate__ takes a C ssize_t: out-of-range ints raise CPython's OverflowError
# message, non-ints TypeError; negative and too-large positions clamp.
for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('abc'),
             lambda: iter(b'abc'), lambda: reversed([1, 2, 3]), lambda: iter(bytearray(b'abc'))):
    for v in [2**63, -2**63 - 1, 2**70, 1.5, '1', True, -5, 1, 99]:
        it = make()
        try:
            it.__setstate__(v)
            print(type(it).__name__, v, list(it))
        except Exception as e:
            print(type(it).__name__, v, type(e).__name__, e)
