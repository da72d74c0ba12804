class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as a, CM('b', True) as b:
    raise ValueError('inner')
print('after')
def f():
    with CM('c'):
        return 'ret'
print(f())
def g():
    for i in range(3):
        with CM(f'l{i}'):
            if i == 1:
                break
            continue
    return i
print(g())
def h():
    try:
        return 1
    finally:
        print('finally h')
print(h())
def h2():
    try:
        return 1
    finally:
        return 2
print(h2())
def h3():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'done'
try:
    print(h3())
except ValueError as e:
    print('escaped', e)
def h4():
    try:
        raise KeyError('k')
    finally:
        print('cleanup')
try:
    h4()
except KeyError as e:
    print('caught', e)
class Bad:
    def __enter__(self): raise RuntimeError('enter fails')
    def __exit__(self, *a): print('never')
try:
    with Bad(): print('body')
except RuntimeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except KeyError as e:
    print(repr(e), repr(e.__context__))
import contextlib
@contextlib.contextmanager
def cm(x):
    print('setup', x)
    try:
        yield x * 2
    except ZeroDivisionError:
        print('handled zde')
    finally:
        print('teardown', x)
with cm(1) as v:
    print('v', v)
with cm(2):
    1 / 0
try:
    with cm(3):
        raise ValueError('no')
except ValueError as e:
    print('propagated', e)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with contextlib.ExitStack() as st:
    for n in 'xyz':
        st.enter_context(CM(n))
    st.callback(print, 'callback')
r = []
with contextlib.nullcontext(5) as n:
    r.append(n)
print(r)
with contextlib.redirect_stdout(None) if False else contextlib.nullcontext():
    pass
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
gg = gen_finally()
print(next(gg))
gg.close()
print('closed')
while True:
    try:
        break
    finally:
        print('finally on break')
