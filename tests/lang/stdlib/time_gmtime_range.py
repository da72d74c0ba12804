# time.gmtime/ctime: a timestamp inside C's time_t (both bounds included for floats, as
# CPython) but past the years glibc's gmtime takes (year - 1900 must fit a C int) is
# OSError EOVERFLOW; outside time_t it is OverflowError.
import time
for x in [2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 9.2e18, -9.2e18, 9.3e18, 2.0**63, -2.0**63,
          67767976233316800, 67767976233316801, 67767976233316800 + 86400 * 366,
          67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801, 1e15]:
    for f in (time.gmtime, time.ctime):
        try:
            print(x, f(x)[:6])
        except Exception as e:
            print(x, type(e).__name__, e)
