# timedelta from float components rounds as CPython's C code (whole parts exactly, fractions
# of microseconds summed as a double, one half-to-even rounding; type errors in its order);
# timedelta / negative int; date.__eq__ and friends compare a datetime by its date when
# called (datetime's own methods come first in operators); aware times equal in UTC hash
# alike, a UTC offset of zero included.
import datetime as d
td = d.timedelta
for kw in [dict(milliseconds=0.4/1000), dict(milliseconds=-0.4/1000), dict(milliseconds=0.5/1000),
           dict(milliseconds=-0.5/1000), dict(milliseconds=0.6/1000), dict(milliseconds=-0.6/1000),
           dict(milliseconds=1.5/1000), dict(milliseconds=-1.5/1000), dict(seconds=0.5/10**6),
           dict(seconds=-0.5/10**6), dict(seconds=1/2**7), dict(seconds=-1/2**7), dict(days=.4/86400e6),
           dict(days=.5/86400e6), dict(days=-.5/86400e6), dict(microseconds=0.5, seconds=1),
           dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-2.5), dict(minutes=1e-9),
           dict(hours=1.1, minutes=2.7, seconds=0.3, microseconds=0.49999999999999994),
           dict(weeks=1.333333, days=-0.77777), dict(days=1e9), dict(seconds=float('nan')),
           dict(minutes=float('inf')), dict(days='x', seconds='y'), dict(seconds=True, microseconds=2.5)]:
    try:
        print(kw, repr(td(**kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
print(td(microseconds=7) / 3, td(microseconds=7) / -3, td(microseconds=-7) / 2, td(microseconds=6) / -4)
print(td(microseconds=5) / -2, td(microseconds=-10) / -4, td(seconds=1) * 0.5e-6, td(seconds=1) / 3.0)
a = d.date(2000, 1, 2)
b = d.datetime(2000, 1, 2, 5)
print(a.__eq__(b), a.__ne__(b), a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b), b.__eq__(a), b.__ne__(a))
print(a == b, a != b, b == a)
class D(d.datetime):
    def __eq__(self, o):
        return NotImplemented
print(a == D(2000, 1, 2), D(2000, 1, 2) == a, a == D(2000, 1, 3))
try:
    a < b
except TypeError as e:
    print(e)
# times equal in UTC hash alike, whatever their offsets (UTC included)
utc = d.timezone.utc
est = d.timezone(td(hours=-5))
t1 = d.time(7, 47, tzinfo=est)
t2 = d.time(12, 47, tzinfo=utc)
t3 = d.time(13, 47, tzinfo=d.timezone(td(hours=1)))
print(t1 == t2 == t3, hash(t1) == hash(t2) == hash(t3))
print(d.time(0, 30, tzinfo=d.timezone(td(hours=1))) == d.time(23, 30, tzinfo=utc))
