import time, sched, calendar, datetime
t = time.gmtime(86400 * 365.25 * 30)
print(t, t.tm_year, t.tm_yday, time.strftime('%Y-%m-%d %H:%M:%S', t), time.asctime(t), calendar.timegm(t))
print(time.strptime('2024-02-29 13:45', '%Y-%m-%d %H:%M'), time.mktime(time.localtime(0)) == 0 or 'tz', type(time.time()).__name__, type(time.time_ns()).__name__)
s = time.perf_counter(); x = sum(range(10000)); print(time.perf_counter() >= s, time.monotonic() > 0, x)
try:
    time.strptime('2024-02-30', '%Y-%m-%d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.strftime('%Y', (2024,))
except TypeError as e:
    print(type(e).__name__, e)
events = []
sc = sched.scheduler(time.monotonic, lambda d: None)
sc.enter(0.002, 2, events.append, ('low',)); sc.enter(0.001, 1, events.append, ('first',)); sc.enter(0.002, 1, events.append, ('high',))
ev = sc.enter(0.003, 1, events.append, ('cancelled',)); sc.cancel(ev)
print(len(sc.queue)); sc.run(); print(events, sc.empty())
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.utcfromtimestamp(86400), time.gmtime(0).tm_wday, time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0)).tm_mon)
print(time.strftime('%j|%U|%W|%a', time.strptime('2024-12-31', '%Y-%m-%d')), time.get_clock_info('monotonic').monotonic)
