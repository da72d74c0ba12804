# Repetition too long for memory: bytes/str/list/tuple OverflowError or MemoryError as
# CPython reports each (bytearray: MemoryError).
for x in (b'abcd', bytearray(b'abcd'), 'abcd', [1, 2], (1, 2)):
    for n in (2**62, 2**61, 2**63 - 1):
        try:
            x * n
        except Exception as e:
            print(type(x).__name__, n, type(e).__name__, e)
ba = bytearray(b'ab')
try:
    ba *= 2**62
except Exception as e:
    print("imul", type(e).__name__, e)
