import time
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for n in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    print(time.get_clock_info(n))
t(time.get_clock_info, 'x'); t(time.get_clock_info, 5)
print(time.clock_getres(time.CLOCK_REALTIME), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
t(time.clock_gettime, 99); t(time.clock_gettime); t(time.clock_gettime, 'x')
print(type(time.clock_gettime(0)), type(time.clock_gettime_ns(1)), time.tzset())
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC); b = time.monotonic_ns(); print(0 <= b - a < 10**9)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
t1 = time.thread_time(); t2 = time.thread_time_ns(); print(t1 >= 0, t2 >= 0)
s = time.gmtime(0); print(s.tm_zone, s.tm_gmtoff, s.n_fields, s.n_sequence_fields, s.n_unnamed_fields, s == (1970, 1, 1, 0, 0, 0, 3, 1, 0), s[:3], s[-1])
st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0, 'EST', -18000)); print(st, st.tm_zone, st.tm_gmtoff, len(st))
t(time.struct_time, range(12)); t(time.struct_time, 5)
print(time.strftime('%Y-%m-%dT%H:%M:%S%%', st), time.asctime(st), time.mktime(st))
t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, 0, 1)); t(time.strftime, '%Y', 'abcdefghi'); t(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0))
print(time.strftime(''), time.strftime('plain'), time.strftime('%', (2020,1,1,0,0,0,0,1,0)))
print(time.strftime('%Z %z', time.gmtime(0)), time.strftime('%Z %z', time.localtime(0)), time.strftime('%Z %z', (2020,1,1,0,0,0,0,1,0)))
st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0, 'EST', -18000)); print(time.strftime('%Z %z', st))
st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 1, 'XYZ', 5400)); print(time.strftime('%Z %z', st), repr(st.tm_zone))
st = time.strptime('2023-01-01 +0530', '%Y-%m-%d %z'); print(time.strftime('%z', st), st.tm_gmtoff, st.tm_zone)
for tup in [(2020,1,1,0,0,0,0,1,-1), (2020,1,1,0,0,0,0,1,1), (2020,1,1,0,0,0,0,1,0)]:
    print(repr(time.strftime('%Z|%z', tup)))
for st in [time.struct_time((2020,1,1,0,0,0,0,1,-1,'ABC',3600)), time.struct_time((2020,1,1,0,0,0,0,1,-1)), time.struct_time((2020,1,1,0,0,0,0,1,1,None,3600)), time.struct_time((2020,1,1,0,0,0,0,1,0,'Q',None))]:
    print(repr(time.strftime('%Z|%z', st)))
