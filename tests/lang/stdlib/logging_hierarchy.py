# logging: the logger tree, propagation, placeholders, effective levels, getChild.
import logging, io

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.DEBUG)

c = logging.getLogger('a.b.c')
print(c.parent is root, c.parent.name)
a = logging.getLogger('a')
print(c.parent is a)
b = logging.getLogger('a.b')
print(c.parent is b, b.parent is a, a.parent is root)
print(logging.getLogger('a.b') is b, logging.getLogger('') is root, logging.getLogger(None) is root)
print(logging.getLogger('root') is root)
print(type(logging.Logger.manager.loggerDict.get('x.y', 'missing')))
logging.getLogger('x.y.z')
print(type(logging.Logger.manager.loggerDict['x.y']).__name__)
print(type(logging.Logger.manager.loggerDict['x']).__name__)
print(a.getChild('b') is b, a.getChild('b.c') is c, root.getChild('a') is a)
print(repr(a), repr(c), repr(root))

a.setLevel(logging.WARNING)
print(a.getEffectiveLevel(), b.getEffectiveLevel(), c.getEffectiveLevel(), c.level)
c.info('hidden'); c.warning('shown by c')
b.setLevel(logging.INFO)
c.info('now shown by c')
print(repr(c))
print(buf.getvalue(), end='')
buf.truncate(0); buf.seek(0)

hb = io.StringIO()
hh = logging.StreamHandler(hb)
hh.setFormatter(logging.Formatter('B:%(message)s'))
b.addHandler(hh)
c.error('twice')
b.propagate = False
c.error('once')
print(repr(buf.getvalue()), repr(hb.getvalue()))
print(c.hasHandlers(), logging.getLogger('zz').hasHandlers())
b.removeHandler(hh)
print(c.hasHandlers())
b.propagate = True

# handler level
buf.truncate(0); buf.seek(0)
h.setLevel(logging.ERROR)
a.warning('dropped by handler level')
a.error('kept')
print(repr(buf.getvalue()))
print(repr(h))
h.setLevel(0)

# disable
buf.truncate(0); buf.seek(0)
logging.disable(logging.WARNING)
a.warning('disabled'); a.error('err passes')
logging.disable(logging.NOTSET)
a.warning('enabled again')
print(repr(buf.getvalue()))
c.disabled = True
c.error('c is disabled')
print(repr(buf.getvalue()))
print(isinstance(c, logging.Logger), logging.getLoggerClass() is logging.Logger)
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('new.one')).__name__, type(logging.getLogger('a')).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(type(e).__name__, e)
