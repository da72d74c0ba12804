import logging, sys
logging.warning('root warning %s', 'arg')
logging.info('not shown')
logging.error('error!')
log = logging.getLogger('app.sub')
log.warning('child logger')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('still default handler configured earlier?')
h = logging.StreamHandler(sys.stderr)  # the traceback names this file by its absolute path: run_one.sh strips the directory from stderr only
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s - %(message)s'))
lg = logging.getLogger('custom')
lg.addHandler(h)
lg.setLevel(logging.INFO)
lg.propagate = False
lg.info('info to stdout')
lg.debug('hidden')
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('with traceback')
print(logging.getLevelName(10), logging.getLevelName('WARNING'), lg.getEffectiveLevel(), lg.isEnabledFor(logging.DEBUG))
lg.log(35, 'custom level %d', 35)
logging.addLevelName(35, 'NOTICE')
lg.log(35, 'named now')
lg.warning('%s and %r', 'str', 'repr')
lg.critical('dict arg %(k)s', {'k': 'v'})
logging.getLogger().handlers[0].setLevel(logging.CRITICAL)
logging.error('filtered by handler level')
logging.critical('critical passes')
