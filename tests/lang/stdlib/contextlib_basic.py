import contextlib, sys, io
from contextlib import *
@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name.upper()
    finally:
        print('exit', name)
with tag('a') as t: print('body', t)
try:
    with tag('b'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', repr(e))
with swallow(): raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(x): print('inside', x); return x * 2
print(decorated(3), decorated(4))
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('suppressed')
try:
    with suppress(KeyError): 1 / 0
except ZeroDivisionError: print('not suppressed')
class Thing:
    def close(self): print('closed')
with closing(Thing()) as th: print(type(th).__name__)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err): print('to err', file=sys.stderr)
print(repr(err.getvalue()))
with ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2', end='!\n')
    x = stack.enter_context(tag('es'))
    print('in stack', x)
def exit_fn(*exc): print('exit_fn', exc[0].__name__ if exc[0] else None); return True
with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError('gone')
print('suppressed by stack')
with ExitStack() as stack:
    stack.callback(print, 'moved')
    new = stack.pop_all()
print('after pop_all'); new.close()
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e: print(e)
def raiser(): raise KeyError('inner')
try:
    with ExitStack() as stack:
        stack.callback(raiser)
        raise ValueError('outer')
except KeyError as e: print('KeyError', e, type(e.__context__).__name__)
print(issubclass(Thing, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(type(open), AbstractContextManager))
class MyCM(AbstractContextManager):
    def __exit__(self, *a): return None
with MyCM() as m: print(type(m).__name__)
class CD(ContextDecorator):
    def __enter__(self): print('CD enter'); return self
    def __exit__(self, *a): print('CD exit'); return False
@CD()
def h(): print('h body')
h()
