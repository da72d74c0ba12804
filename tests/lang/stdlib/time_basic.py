import time
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(time.gmtime, 0); t(time.gmtime, 1e10); t(time.gmtime, -1.5); t(time.gmtime, float('nan')); t(time.gmtime, 1e300); t(time.gmtime, 'x')
t(time.mktime, (2024,1,2,3,4,5,0,0,0)); t(time.mktime, (2024,1,2)); t(time.mktime, 5); t(time.mktime, (2024,13,2,3,4,5,0,0,0))
t(time.asctime, (2024,1,2,3,4,5,0,0,0)); t(time.asctime, (2024,13,2,3,4,5,0,0,0)); t(time.asctime, (2024,0,0,3,4,5,0,0,0))
t(time.strftime, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %Z %z %%", (2024,1,2,3,4,5,1,2,0))
t(time.strftime, "%c|%x|%X|%e|%G|%V|%u|%C|%D|%T|%R|%F|%h|%f|%Q|%s", (2024,1,2,13,4,5,1,2,0))
t(time.strftime, "%Y", (2024,1,2,3,4,61,1,2,0)); t(time.strftime, "%Y", (2024,1,2,3,4,62,1,2,0)); t(time.strftime, 5)
t(time.strftime, "%Y", (2024,1,2,3,4,5,7,2,0)); t(time.strftime, "%Y", (2024,1,2,3,4,5,-1,2,0)); t(time.strftime, "%Y", (2024,1,2,3,4,5,1,400,0))
t(time.strftime, "%Y", (2024,1,32,3,4,5,1,1,0)); t(time.strftime, "%Y", (2024,1,2,24,4,5,1,1,0)); t(time.strftime, "%Y", (2024,1,2,3,60,5,1,1,0))
t(time.sleep, -1); t(time.sleep, 'x'); t(time.sleep, 0); t(time.sleep, 0.001)
t(time.ctime, 0); t(time.ctime, 86400*365.25*30)
s = time.gmtime(1700000000); print(s.tm_year, s.tm_zone, s.tm_gmtoff, s[0], len(s), s.tm_yday, type(s).__name__, type(s).__module__)
print(time.struct_time((2024,1,2,3,4,5,6,7,8)))
t(time.struct_time, (1,2));
print(time.timezone, time.altzone, time.daylight, time.tzname)
t(time.gmtime, 2**70); t(time.mktime, time.gmtime(12345)); t(time.strftime, "%Y %j", (1900,1,1,0,0,0,0,0,0)); t(time.strftime, "%Y", (99,1,1,0,0,0,0,1,0))
for secs in (0, 951782400, 1078012800, -86400*366, 4102444800, 253402300799, -62135596800, 1234567890):
    g = time.gmtime(secs); print(tuple(g), time.mktime(g) == secs, time.strftime("%a %U %W %G %V %u %j", g))
for y in (2020, 2021, 2026, 2027):
    for m, d in ((1, 1), (1, 4), (12, 28), (12, 31), (1, 2), (1, 3)):
        g = time.gmtime(time.mktime((y, m, d, 0, 0, 0, 0, 0, 0)))
        print(time.strftime("%Y-%m-%d %a %G-W%V-%u %U %W %j", g))
print(isinstance(time.time(), float), isinstance(time.time_ns(), int), time.monotonic() <= time.monotonic())
a = time.perf_counter_ns(); time.sleep(0.01); b = time.perf_counter_ns(); print(b - a >= 10**7)
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.process_time() >= 0, isinstance(time.monotonic_ns(), int))
print(time.localtime(0), time.localtime(0).tm_zone, time.gmtime(0) == time.localtime(0))
print(type(time.localtime()).__name__, len(time.ctime()), len(time.asctime()), len(time.strftime("%Y")))
t(time.time, 1); t(time.gmtime, 1, 2); t(time.asctime, 'x'); t(time.asctime, (1, 2.5, 3, 4, 5, 6, 7, 8, 9))
