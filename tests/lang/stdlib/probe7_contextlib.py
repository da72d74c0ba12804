import contextlib, io, sys
from contextlib import ExitStack, suppress, redirect_stdout, redirect_stderr, contextmanager, closing, nullcontext, AbstractContextManager
log = []
@contextmanager
def res(name):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)
with ExitStack() as st:
    vals = [st.enter_context(res(n)) for n in 'abc']
    st.callback(log.append, 'cb')
    print(vals)
print(log)
log.clear()
with ExitStack() as st:
    st.enter_context(res('x'))
    moved = st.pop_all()
print(log)
moved.close()
print(log)
def failing_exit(*a):
    log.append('exit')
    return True
with ExitStack() as st:
    st.push(failing_exit)
    raise ValueError('swallowed')
print('after', log[-1])
with suppress(KeyError, ValueError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured', 1, 2)
    help_text = 'x'
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print('err', file=sys.stderr)
print(repr(ebuf.getvalue()))
class Thing:
    def close(self): print('closed thing')
with closing(Thing()):
    pass
with nullcontext(5) as v:
    print(v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def nogen():
    if False: yield
try:
    with nogen(): pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print('handled', e)
with handler():
    raise ValueError('inner')
class CM(AbstractContextManager):
    def __exit__(self, *a): print('exit cm'); return None
with CM() as c:
    print(type(c).__name__)
@contextmanager
def deco_cm():
    print('enter'); yield; print('leave')
@deco_cm()
def fn(): print('body')
fn()
with ExitStack() as st:
    try:
        st.enter_context(42)
    except TypeError as e:
        print(type(e).__name__, e)
print(contextlib.chdir.__name__ if hasattr(contextlib, 'chdir') else 'nochdir')
