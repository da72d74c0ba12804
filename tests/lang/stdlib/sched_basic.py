# sched: ordering by time/priority/sequence, cancel, queue, non-blocking run, with a fake
# clock.
import sched

now = [0.0]
log = []
def timefunc():
    return now[0]
def delayfunc(d):
    log.append(('sleep', d))
    now[0] += d
s = sched.scheduler(timefunc, delayfunc)
def act(name, *rest, **kw):
    log.append((name, now[0], rest, kw))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(2, 2, act, ('two-low',))
e3 = s.enterabs(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enter(2, 1, act, ('two-high-later',))
e5 = s.enter(9, 0, act, ('cancelled',))
print([e.argument[0] for e in s.queue], s.empty())
print(e3._replace(action=None), e1 < e5, e3 < e4)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print(type(e).__name__, e)
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue)
log.clear()
s.enter(3, 1, act, ('later',))
print(s.run(blocking=False), log)
now[0] = 10
s.run(blocking=False)
print(log)
print(sched.Event._fields)
