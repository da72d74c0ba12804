# logging: stack_info, captureWarnings, shutdown, module-level exception(), getChild on root.
import logging, io, sys, warnings

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
lg = logging.getLogger('misc')
lg.propagate = False
lg.addHandler(h)

def inner():
    lg.warning('with stack', stack_info=True)
def middle():
    inner()
middle()
import os
print(buf.getvalue().replace(os.path.abspath(__file__), 'FILE'), end='')
buf.truncate(0); buf.seek(0)
lg.warning('no stack', stack_info=False)
print(buf.getvalue(), end='')

# warnings captured into the py.warnings logger
wbuf = io.StringIO()
wh = logging.StreamHandler(wbuf)
wh.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
logging.getLogger('py.warnings').addHandler(wh)
logging.captureWarnings(True)
warnings.warn('careful now', UserWarning)
logging.captureWarnings(False)
out = wbuf.getvalue()
print(out.split('|')[:2], 'careful now' in out, 'UserWarning' in out)

# module-level helpers configure the root logger once
rbuf = io.StringIO()
logging.basicConfig(stream=rbuf, format='%(levelname)s:%(message)s')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('div')
lines = rbuf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
logging.fatal('fatal one')
print(rbuf.getvalue().splitlines()[-1])
print(logging.root.getChild('misc') is lg)
print(logging.getLogger('misc').getChild('sub').name)

print(sorted(k for k in ('DEBUG', 'INFO') if k in logging.__all__))
