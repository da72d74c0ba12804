# capture_locals pairs each entry with its own frame under limit= and a negative sys.tracebacklimit (review fix)
import sys, traceback
def a():
    la = 1; b()
def b():
    lb = 2; raise KeyError('k')
try: a()
except KeyError as e: exc = e
for lim in (None, 1, -1):
    te = traceback.TracebackException.from_exception(exc, capture_locals=True, limit=lim)
    print(lim, [(fs.name, sorted(fs.locals) if fs.name != '<module>' else 'globals') for fs in te.stack])
    print(len(traceback.extract_tb(exc.__traceback__, limit=lim)))
sys.tracebacklimit = -1
te = traceback.TracebackException.from_exception(exc, capture_locals=True)
print([(fs.name, fs.locals if fs.name != '<module>' else 'globals') for fs in te.stack])
print(len(traceback.extract_tb(exc.__traceback__)))
sys.tracebacklimit = 2
te = traceback.TracebackException.from_exception(exc, capture_locals=True)
print([(fs.name, sorted(fs.locals) if fs.name != '<module>' else 'globals') for fs in te.stack])
