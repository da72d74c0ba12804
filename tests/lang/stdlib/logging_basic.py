# logging: levels, level names, basicConfig to a stream, module-level functions.
import logging, sys, io

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
for v in (10, 20, 30, 40, 50, 0, 15, 'INFO', 'WARN', 'FATAL', 'nope'):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO)
logging.debug('not shown %d', 1)
logging.info('info %s and %d', 'x', 5)
logging.warning('warn %r', 'q')
logging.error('error')
logging.critical('crit %(a)s %(b)s', {'a': 1, 'b': 2})
logging.log(25, 'notice %s', 'n')
print(buf.getvalue(), end='')
r = logging.getLogger()
print(r, r.name, r.level, r.getEffectiveLevel())
print(len(r.handlers), type(r.handlers[0]).__name__)
# second basicConfig is a no-op without force
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, level=logging.DEBUG)
logging.debug('still hidden')
print(repr(buf2.getvalue()), r.level)
logging.basicConfig(stream=buf2, level=logging.DEBUG, force=True, format='%(levelname)s|%(name)s|%(message)s')
logging.debug('now shown')
print(repr(buf2.getvalue()))
print(len(r.handlers))
try:
    logging.basicConfig(stream=buf2, filename='x', force=True)
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.basicConfig(stream=buf2, handlers=[], force=True)
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.basicConfig(stream=buf2, force=True, bogus=1, other=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.basicConfig(stream=buf2, force=True, style='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.root.setLevel('LOUD')
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.root.setLevel(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.root.log('INFO', 'x')
except TypeError as e:
    print(type(e).__name__, e)
logging.root.setLevel('ERROR')
print(logging.root.level, logging.root.isEnabledFor(30), logging.root.isEnabledFor(40))
