# sys.addaudithook first raises "sys.addaudithook" to the hooks already installed: one
# raising an Exception cancels the addition silently, a BaseException propagates; a
# hook may call sys.audit (re-entrancy) and add hooks while an event is running.
import sys
seen = []


def watcher(event, args):
    if event == 'sys.addaudithook' or event.startswith('my.'):
        seen.append((event, args))
    if event == 'my.reenter':
        sys.audit('my.inner', 1)
    if event == 'my.deep':
        sys.audit('my.deep')


sys.addaudithook(watcher)
print(seen)


class Stop(BaseException):
    pass


def stopper(event, args):
    if event == 'sys.addaudithook' and stop:
        raise Stop('base')


stop = False
sys.addaudithook(stopper)
sys.addaudithook(lambda e, a: None)
print(seen)
seen.clear()
sys.audit('my.reenter')
print(seen)
try:
    sys.audit('my.deep')
except RecursionError as e:
    print(type(e).__name__)
seen.clear()


def rejector(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(rejector)
print(sys.addaudithook(lambda e, a: print('never', e) if e.startswith('my.') else None))
sys.audit('my.after')
print(seen)
print(sys.addaudithook(1))  # cancelled too: never called
sys.audit('my.int')
stop = True  # a BaseException from a hook is not swallowed
try:
    sys.addaudithook(print)
    print('added')
except Stop as e:
    print('Stop', e)
print(len(seen))
