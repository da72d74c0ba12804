# logging: FileHandler, NullHandler, custom handlers, filters, handler names, lastResort.
import logging, io, os, sys

path = 'logging_handlers_tmp.log'
if os.path.exists(path):
    os.remove(path)
lg = logging.getLogger('files')
lg.propagate = False
lg.setLevel(logging.DEBUG)
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.addHandler(fh)
print(repr(fh).endswith('logging_handlers_tmp.log (NOTSET)>'), fh.baseFilename == os.path.abspath(path))
print(fh.mode, fh.encoding, fh.delay)
lg.debug('first %d', 1)
lg.info('second')
fh.close()
lg.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))
dh = logging.FileHandler(path, delay=True)
print(dh.stream)
lg.addHandler(dh)
lg.warning('appended')
print(dh.stream is not None)
dh.close()
print(dh.stream)
lg.removeHandler(dh)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

# basicConfig with filename
logging.basicConfig(filename=path, filemode='w', format='%(name)s/%(message)s', force=True)
logging.getLogger('bc').error('to file')
logging.root.handlers[0].close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
for h in logging.root.handlers[:]:
    logging.root.removeHandler(h)

# NullHandler swallows; no lastResort output when a handler exists
nl = logging.getLogger('quiet')
nl.addHandler(logging.NullHandler())
nl.error('nothing')
print(repr(logging.NullHandler()))

# lastResort: records at WARNING+ go to sys.stderr when no handler is found
old = sys.stderr
sys.stderr = sys.stdout
logging.getLogger('lonely').warning('last resort %s', 'used')
logging.getLogger('lonely').info('below lastResort level')
logging.getLogger('lonely.child').error('child error')
print(logging.lastResort.level, repr(logging.lastResort.__class__.__name__))
saved = logging.lastResort
logging.lastResort = None
logging.getLogger('lonely').error('no handlers')
logging.getLogger('lonely2').error('again')
logging.lastResort = saved
sys.stderr = old

# custom handler collecting records
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler()
cl = logging.getLogger('coll')
cl.propagate = False
cl.addHandler(lh)
cl.setLevel(logging.INFO)
cl.info('a'); cl.debug('b'); cl.error('c %s', 'd')
print(lh.records)
print(repr(lh))

# filters: Filter objects, callables, on loggers and handlers
lh.records.clear()
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
lh.addFilter(OnlyOdd())
for i in range(5):
    cl.info('n=%d', i)
print(lh.records)
lh.filters.clear()
lh.records.clear()
cl.addFilter(lambda r: 'secret' not in r.getMessage())
cl.info('public'); cl.info('secret stuff')
print(lh.records)
cl.filters.clear()
f = logging.Filter('a.b')
for n in ('a.b', 'a.b.c', 'a.bc', 'a', 'x.a.b', ''):
    print(repr(n), bool(f.filter(logging.makeLogRecord({'name': n}))))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
flt = logging.Filter('z')
cl.addFilter(flt); cl.addFilter(flt)
print(len(cl.filters))
cl.removeFilter(flt); cl.removeFilter(flt)
print(len(cl.filters))
print(cl.handle(logging.makeLogRecord({'name': 'coll', 'msg': 'direct', 'levelno': 5})), lh.records[-1])

# handler names
h = logging.StreamHandler(sys.stdout)
h.set_name('myhandler')
print(h.name, h.get_name())
h.name = 'renamed'
print(h.name)
print(repr(logging.StreamHandler(sys.stdout)))
h.setStream(sys.stdout)
print(h.setStream(io.StringIO()) is sys.stdout)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    logging.Handler(level='BAD')
except ValueError as e:
    print(type(e).__name__, e)

# terminator
s = io.StringIO()
h = logging.StreamHandler(s)
h.terminator = '!'
t = logging.getLogger('term')
t.propagate = False
t.addHandler(h)
t.warning('one'); t.warning('two')
print(repr(s.getvalue()))
