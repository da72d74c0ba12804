# fromtimestamp/utcfromtimestamp: a timestamp past the C time_t range is OverflowError (as
# CPython's conversion to time_t), one inside it but past year 9999 ValueError.
import datetime as d
for x in [1e200, -1e200, 1e20, 2**70, -2**70, 1e15, -1e15, float('nan'), 10**19, 2**63, 2**63 - 1, -2**63, -2**63 - 1, 253402300800]:
    for f in (d.datetime.fromtimestamp, d.datetime.utcfromtimestamp):
        try:
            print(f(x))
        except Exception as e:
            print(type(e).__name__, e)
