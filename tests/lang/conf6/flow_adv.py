def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def f1():
    try:
        return 'try'
    finally:
        return 'finally'
t(f1)
def f2():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    return i
t(f2)
def f3():
    for i in range(3):
        try:
            continue
        finally:
            print('fin3', i)
t(f3)
def f4():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
t(f4)
def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
t(f5)
def f6():
    while True:
        try:
            raise KeyError
        except KeyError:
            break
        finally:
            print('f6 finally')
    return 'out'
t(f6)
def f7():
    try:
        try:
            raise ValueError('a')
        finally:
            print('inner finally')
    except ValueError as e:
        return 'caught ' + str(e)
t(f7)
def f8():
    try:
        pass
    except:
        return 'no'
    else:
        return 'else'
    finally:
        print('f8 fin')
t(f8)
def f9():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
t(f9)
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name); return self.name
    def __exit__(self, *a):
        print('exit', self.name, a[0].__name__ if a[0] else None); return self.suppress
def f10():
    with CM('a') as a, CM('b', True) as b:
        raise ValueError
    return (a, b)
t(f10)
def f11():
    for i in range(3):
        with CM(str(i)):
            if i == 1: return i
t(f11)
def f12():
    with CM('x'):
        with CM('y', True):
            1 / 0
        print('after inner')
t(f12)
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never'); return False
t(lambda: [1 for _ in [0] if BadEnter().__enter__()])
def f13():
    with BadEnter():
        pass
t(f13)
class NoExit:
    def __enter__(self): return self
def f14():
    with NoExit(): pass
t(f14)
def f15():
    with 5: pass
t(f15)
import contextlib
@contextlib.contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag.upper()
    except ZeroDivisionError:
        print('handled in cm')
    finally:
        print('teardown', tag)
def f16():
    with managed('q') as v:
        print('body', v)
        1 / 0
    return 'continued'
t(f16)
def f17():
    with contextlib.suppress(KeyError):
        {}['x']
    return 'suppressed'
t(f17)
def f18():
    with contextlib.ExitStack() as st:
        for n in 'ab':
            st.enter_context(CM(n))
        st.callback(print, 'callback ran')
    return 'stack done'
t(f18)
def f19():
    out = []
    i = 0
    while i < 5:
        i += 1
        if i % 2: continue
        out.append(i)
    else:
        out.append('else')
    return out
t(f19)
def f20():
    for i in []:
        pass
    else:
        return 'empty else'
t(f20)
def f21():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return 'except return'
    finally:
        print('f21 fin')
t(f21)
def f22():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        import sys
        return repr(sys.exc_info()[1])
t(f22)
def f23():
    import sys
    try:
        raise ValueError('x')
    except ValueError:
        pass
    return sys.exc_info()
t(f23)
def f24():
    with contextlib.nullcontext(5) as v:
        return v
t(f24)
async_src = None
