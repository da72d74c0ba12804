# time.strftime('%z'): glibc keeps tm_gmtoff in an int, so only its low 32 bits count; widths.
import time
for g in [-2**63, -2**63 + 1, 2**62, -3600, 3600 * 100, 3600 * 10000, -3601, 59, -59, 86400 * 365 * 1000, 2**31, -2**31, 2**32 - 60, 19800, -34200]:
    t = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'Z', g))
    print(g, repr(time.strftime('%z', t)), repr(time.strftime('%10z', t)), repr(time.strftime('%_7z|%-z|%^Z', t)))
