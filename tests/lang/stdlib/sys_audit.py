# sys.audit / sys.addaudithook (PEP 578) for events raised from Python code.
import sys
sys.audit('before.hooks', 1)
seen = []


def hook(event, args):
    if event.startswith('my.'):
        seen.append((event, args))


sys.addaudithook(hook)
sys.audit('my.event', 1, 'two', [3])
sys.audit('my.empty')
print(seen)


def strict(event, args):
    if event == 'my.forbidden':
        raise RuntimeError('blocked: %r' % (args,))


sys.addaudithook(strict)
try:
    sys.audit('my.forbidden', 'x')
except RuntimeError as e:
    print(e)
print(len(seen))
for bad in ((), (5,)):
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(e)
try:
    sys.audit('my.kw', x=1)
except TypeError as e:
    print(e)
try:
    sys.addaudithook()
except TypeError as e:
    print(e)
