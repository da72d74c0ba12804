# logging: Formatter styles, validation, defaults, fixed times, record attributes.
import logging, io, time

def rec(msg='hello %s', args=('world',), level=logging.INFO, name='app.mod'):
    r = logging.LogRecord(name, level, '/src/pkg/mod.py', 42, msg, args, None, 'func')
    r.created = 86400 * 365 + 3723.25
    r.msecs = 250.0
    r.relativeCreated = 12.5
    return r

fmts = [
    ('%(levelname)s %(name)s %(message)s', '%'),
    ('%(levelno)d|%(pathname)s|%(filename)s|%(module)s|%(lineno)d|%(funcName)s', '%'),
    ('%(levelname)-8s|%(name)10s|%(message)r', '%'),
    ('%(msecs)03d %(relativeCreated).1f %(threadName)s %(processName)s', '%'),
    ('{levelname} {name} {message}', '{'),
    ('{levelname:<8}|{name:>10}|{lineno:05d}|{message!r}', '{'),
    ('$levelname ${name} $message $$', '$'),
    (None, '%'), (None, '{'), (None, '$'),
]
for f, st in fmts:
    print(repr(logging.Formatter(f, style=st).format(rec())))

class UTC(logging.Formatter):
    converter = time.gmtime
f = UTC('%(asctime)s %(message)s')
print(f.format(rec()))
f = UTC('%(asctime)s %(message)s', datefmt='%d/%m/%Y %H-%M')
print(f.format(rec()))
f = UTC('{asctime} {message}', style='{')
print(f.usesTime(), f.format(rec()))
f = UTC('${asctime} $message', style='$')
print(f.usesTime(), f.format(rec()))
print(logging.Formatter('%(message)s').usesTime())
class Msec(UTC):
    default_msec_format = '%s.%03d'
print(Msec('%(asctime)s').format(rec()))
class NoMsec(UTC):
    default_msec_format = None
print(NoMsec('%(asctime)s').format(rec()))

# defaults
f = logging.Formatter('%(message)s %(extra1)s', defaults={'extra1': 'D'})
print(f.format(rec()))
f = logging.Formatter('{message} {extra1}', style='{', defaults={'extra1': 'D'})
print(f.format(rec()))

# validation errors
for fmt, st in [('plain', '%'), ('%(x)', '%'), ('plain', '{'), ('{x!z}', '{'),
                ('{x:qq}', '{'), ('{0 bad}', '{'), ('plain', '$'), ('a $ b ${x}', '$'),
                ('%(x)s', 'y')]:
    try:
        logging.Formatter(fmt, style=st)
        print('ok', fmt)
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.Formatter('plain', validate=False).format(rec()))
try:
    logging.Formatter('%(nosuch)s').format(rec())
except ValueError as e:
    print(type(e).__name__, e)

# message formatting with args
print(rec('%d items', (3,)).getMessage())
print(rec('%(a)s-%(b)s', ({'a': 1, 'b': 2},)).getMessage())
print(rec('no args', ()).getMessage())
print(rec(123, ()).getMessage())
print(rec('x %s', ([1, 2],)).getMessage())
r = rec('%s %s', (1,))
try:
    r.getMessage()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(rec()))
r = rec()
print(r.levelname, r.levelno, r.args, r.exc_info, r.exc_text, r.stack_info)
d = logging.makeLogRecord({'msg': 'made', 'levelno': 40, 'custom': 1})
print(d.getMessage(), d.levelno, d.custom, d.name, d.levelname)

# exception text appended after the message, cached in exc_text
try:
    raise KeyError('k')
except KeyError:
    import sys
    r = logging.LogRecord('n', 40, 'p', 1, 'failed', (), sys.exc_info())
f = logging.Formatter('%(levelname)s:%(message)s')
out = f.format(r)
lines = out.split('\n')
print(lines[0], lines[1], lines[-1])
print(r.exc_text == out.split('\n', 1)[1])
r.stack_info = 'Stack line'
print(f.format(r).split('\n')[-1])

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([rec(), rec('two', ())])), repr(bf.format([])))
