# logging: caller information, exc_info forms, exception(), extra, LoggerAdapter,
# stacklevel, handleError reporting.
import logging, io, sys

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s'))
lg = logging.getLogger('rec')
lg.propagate = False
lg.addHandler(h)
lg.setLevel(logging.DEBUG)

def where():
    lg.info('inside where')

where()
lg.warning('at module level')
def helper(msg):
    lg.info(msg, stacklevel=2)
def outer():
    helper('via helper')
outer()
print(buf.getvalue(), end='')
buf.truncate(0); buf.seek(0)

h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
try:
    {}['missing']
except KeyError:
    lg.exception('lookup failed: %s', 'missing')
    lg.error('no exc info')
    lg.error('with exc_info', exc_info=True)
    lg.info('exc_info False', exc_info=False)
out = buf.getvalue().splitlines()
print([l for l in out if not l.startswith('  ')])
buf.truncate(0); buf.seek(0)

e = ValueError('bad value')
lg.error('exception instance', exc_info=e)
print(buf.getvalue().splitlines())
buf.truncate(0); buf.seek(0)
try:
    raise RuntimeError('tuple form')
except RuntimeError:
    ei = sys.exc_info()
lg.error('tuple', exc_info=ei)
print([l for l in buf.getvalue().splitlines() if not l.startswith('  ')])
buf.truncate(0); buf.seek(0)
lg.exception('no active exception')
print(buf.getvalue().splitlines())
buf.truncate(0); buf.seek(0)

# extra
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
lg.info('with extra', extra={'user': 'bob'})
for key in ('message', 'asctime', 'name', 'lineno'):
    try:
        lg.info('clash', extra={key: 1})
    except KeyError as ex:
        print(type(ex).__name__, ex)

# LoggerAdapter
ad = logging.LoggerAdapter(lg, {'user': 'alice'})
ad.info('adapted %d', 1)
ad.debug('dbg')
print(repr(ad), ad.name, ad.manager is lg.manager, ad.isEnabledFor(10), ad.getEffectiveLevel())
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = {'user': 'p'}
        return '[%s] %s' % (self.extra['tag'], msg), kwargs
pa = Prefix(lg, {'tag': 'T'})
pa.warning('hello %s', 'there')
pa.error('err')
pa.critical('crit')
pa.log(25, 'lvl25')
pa.setLevel(logging.ERROR)
pa.warning('suppressed')
print(pa.hasHandlers())
lg.setLevel(logging.DEBUG)
print(buf.getvalue(), end='')
buf.truncate(0); buf.seek(0)

# handleError: the message goes to stderr with the traceback, logging continues
h.setFormatter(logging.Formatter('%(message)s'))
old = sys.stderr
err = io.StringIO()
sys.stderr = err
lg.info('%d oops', 'notanumber')
sys.stderr = old
lines = err.getvalue().splitlines()
print(lines[0], lines[-3:])
logging.raiseExceptions = False
err = io.StringIO()
sys.stderr = err
lg.info('%d oops', 'notanumber')
sys.stderr = old
print(repr(err.getvalue()))
logging.raiseExceptions = True
lg.info('still works')
print(buf.getvalue(), end='')
