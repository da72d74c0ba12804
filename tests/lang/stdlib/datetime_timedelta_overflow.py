# timedelta overflow messages: days outside C int range vs outside +-999999999
import datetime
T = datetime.timedelta
cases = [lambda: T(days=1e10), lambda: T(days=10**10), lambda: T(days=3e9), lambda: T(days=2**31),
         lambda: T(days=2**31 - 1), lambda: T(days=-2**31), lambda: T(days=-2**31 - 1), lambda: T(seconds=1e15),
         lambda: T(weeks=1e9), lambda: T(hours=1e12), lambda: T(days=-1e10), lambda: T(days=10**9),
         lambda: T.max * 10, lambda: T.max * 2, lambda: T.max + T.max, lambda: T.min * 3, lambda: T.max * 3,
         lambda: T.min - T(1), lambda: T(microseconds=-1) * 10**20, lambda: T.max / 0.25]
for f in cases:
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(T(days=999999999), T(days=-999999999), T.max - T.max)
