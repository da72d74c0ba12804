# strftime's %Z takes the tzname as UTF-8, as CPython's C types: a lone surrogate in it is
# UnicodeEncodeError; '%%Z' is not a %Z.
from datetime import time, datetime, tzinfo, timedelta
class B(tzinfo):
    tz = '\ud800'
    def tzname(self, dt):
        return self.tz
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return timedelta(0)
for o in (time(2, 3, 4, tzinfo=B()), datetime(2000, 1, 1, tzinfo=B())):
    for f in ('%Z', 'a%Zb', '%%Z', '%H', '%z'):
        try:
            print(repr(o.strftime(f)))
        except Exception as e:
            print(type(e).__name__, e)
B.tz = 'EST%'
print(time(1, tzinfo=B()).strftime('%Z|%H'))
