# logging.handlers: RotatingFileHandler, MemoryHandler, BufferingHandler, QueueHandler/
# QueueListener, WatchedFileHandler, TimedRotatingFileHandler set-up.
import logging, logging.handlers, os, io, queue

base = 'logging_rot_tmp.log'
def cleanup():
    for n in os.listdir('.'):
        if n.startswith(base):
            os.remove(n)
cleanup()

lg = logging.getLogger('rot')
lg.propagate = False
lg.setLevel(logging.DEBUG)
h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
lg.addHandler(h)
for i in range(8):
    lg.info('message number %d', i)
h.close()
lg.removeHandler(h)
for n in sorted(os.listdir('.')):
    if n.startswith(base):
        with open(n) as f:
            print(n, repr(f.read()))
print(h.maxBytes, h.backupCount, h.mode, repr(h).endswith('logging_rot_tmp.log (NOTSET)>'))
cleanup()

# namer/rotator hooks
h = logging.handlers.RotatingFileHandler(base, maxBytes=10, backupCount=1)
h.namer = lambda name: name + '.old'
rotated = []
def rot(src, dst):
    rotated.append(os.path.basename(dst))
    os.rename(src, dst)
h.rotator = rot
lg.addHandler(h)
lg.info('0123456789')
lg.info('abcdefghij')
h.close()
lg.removeHandler(h)
print(rotated, sorted(n for n in os.listdir('.') if n.startswith(base)))
cleanup()

# MemoryHandler flushes on capacity, on level and on close
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mh)
ml.info('a'); ml.info('b')
print(repr(out.getvalue()), len(mh.buffer))
ml.info('c')
print(repr(out.getvalue()), len(mh.buffer))
ml.debug('d'); ml.error('e')
print(repr(out.getvalue()))
ml.info('f')
mh.close()
print(repr(out.getvalue()), mh.target)
mh2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
mh2.handle(logging.makeLogRecord({'msg': 'lost', 'levelno': 20, 'levelname': 'INFO'}))
mh2.close()
print(repr(out.getvalue()))

bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({'msg': 'x'}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({'msg': 'y'}))
print(len(bh.buffer))

# QueueHandler + QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('q')
ql.propagate = False
ql.addHandler(qh)
qout = io.StringIO()
sh = logging.StreamHandler(qout)
sh.setFormatter(logging.Formatter('[%(message)s]'))
sh.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
listener.start()
ql.warning('w %d', 1)
ql.error('e %s', 'two')
try:
    1 / 0
except ZeroDivisionError:
    ql.exception('boom')
rec = q.queue[0]
print(rec.msg, rec.args, rec.exc_info, rec.getMessage())
listener.stop()
print(repr(qout.getvalue().splitlines()[0]), len(qout.getvalue().splitlines()) > 2)
print(q.qsize())

# WatchedFileHandler reopens a file that was removed
wh = logging.handlers.WatchedFileHandler(base)
wl = logging.getLogger('watch')
wl.propagate = False
wl.addHandler(wh)
wl.warning('first')
os.remove(base)
wl.warning('second')
wh.close()
with open(base) as f:
    print(repr(f.read()))
cleanup()

t = logging.handlers.TimedRotatingFileHandler(base, when='midnight', backupCount=3, delay=True)
print(t.when, t.interval, t.suffix, t.backupCount, t.shouldRollover(None))
for w in ('S', 'M', 'H', 'D', 'W0'):
    t2 = logging.handlers.TimedRotatingFileHandler(base, when=w, interval=2, delay=True)
    print(w, t2.interval, t2.suffix)
for bad in ('X', 'W7', 'W'):
    try:
        logging.handlers.TimedRotatingFileHandler(base, when=bad, delay=True)
    except ValueError as e:
        print(type(e).__name__, e)
cleanup()
