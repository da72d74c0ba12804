import logging, io, sys
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info %d', 1)
logging.debug('hidden')
logging.warning('warn %s %s', 'a', 'b')
log = logging.getLogger('pkg.mod')
log.info('child')
log.setLevel(logging.ERROR)
log.warning('suppressed')
log.error('err')
logging.getLogger('pkg').setLevel(logging.DEBUG)
logging.getLogger('pkg.other').debug('other debug')
print(stream.getvalue(), end='')
print(logging.getLogger('pkg.mod').getEffectiveLevel(), logging.getLogger('pkg.other').getEffectiveLevel(), logging.getLogger('x.y.z').parent.name)
logging.basicConfig(level=logging.DEBUG)  # no effect: root already has a handler
print(logging.root.level, len(logging.root.handlers))
mem = []
class ListHandler(logging.Handler):
    def emit(self, record):
        mem.append(self.format(record))
lh = ListHandler(level=logging.WARNING)
lh.setFormatter(logging.Formatter('[%(levelname)s] %(funcName)s %(message)s'))
lg = logging.getLogger('list'); lg.addHandler(lh); lg.propagate = False; lg.setLevel(logging.DEBUG)
def work():
    lg.info('no'); lg.warning('yes %r', [1]); lg.critical('bad')
work()
print(mem)
fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.makeLogRecord({'msg': 'hello', 'created': 0.0, 'levelno': 20, 'levelname': 'INFO'})
print(fmt.format(rec)[:4].isdigit(), fmt.usesTime(), logging.Formatter('%(message)s').usesTime())
try:
    logging.Formatter('%(message)s %(nope)s').format(rec)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
bad = logging.LogRecord('n', 20, 'p', 1, 'x=%d', ('str',), None)
try:
    bad.getMessage()
except TypeError as e:
    print('TypeError', e)
print(logging.getLevelName(logging.WARN), logging.WARN == logging.WARNING, logging.FATAL, logging.NOTSET, logging._levelToName[40] if hasattr(logging, '_levelToName') else 'ERROR')
try:
    logging.getLogger().setLevel('NOPE')
except ValueError as e:
    print('ValueError', e)
logging.disable(logging.CRITICAL)
lg.critical('disabled'); print(len(mem))
logging.disable(logging.NOTSET)
lg.critical('enabled'); print(len(mem))
na = logging.getLogger('na'); na.propagate = False
na.addHandler(logging.NullHandler()); na.error('to null')
print([type(h).__name__ for h in na.handlers], na.hasHandlers(), logging.getLogger('zzz').hasHandlers())
