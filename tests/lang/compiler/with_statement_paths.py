# with statements: enter/exit order for several items, __exit__ arguments, suppression by a
# truthy __exit__ result, failures in __enter__ / __exit__, as-targets of every kind, and
# leaving the block with break / continue / return / an exception.
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        log.append('enter ' + self.name)
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        return (self.name, self.name.upper())
    def __exit__(self, typ, val, tb):
        log.append('exit %s %s %s' % (self.name, typ.__name__ if typ else None,
                                       tb is not None))
        if self.fail_exit:
            raise KeyError('exit ' + self.name)
        return self.suppress

def show(title, f):
    log.clear()
    try:
        r = f()
        print(title, '->', r, log)
    except Exception as e:
        print(title, 'raised', type(e).__name__, e, log)

def several():
    with CM('a') as (x, y), CM('b') as z:
        log.append('body %s %s %s' % (x, y, z))
    return 'done'
show('several', several)

def inner_enter_fails():
    with CM('a'), CM('b', fail_enter=True):
        log.append('not reached')
show('inner enter fails', inner_enter_fails)

def body_raises():
    with CM('a'), CM('b'):
        raise ValueError('body')
show('body raises', body_raises)

def inner_suppresses():
    with CM('a'), CM('b', suppress=True):
        raise ValueError('body')
    return 'after'
show('inner suppresses', inner_suppresses)

def exit_raises():
    with CM('a'), CM('b', fail_exit=True):
        pass
show('exit raises', exit_raises)

def exit_raises_during_exception():
    with CM('a', fail_exit=True):
        raise ValueError('original')
show('exit raises during exception', exit_raises_during_exception)

def targets():
    store = {}
    class Obj:
        pass
    o = Obj()
    with CM('a') as store['k'], CM('b') as o.attr, CM('c') as [p, q]:
        pass
    return store['k'], o.attr, p, q
show('targets', targets)

def loop_exits():
    out = []
    for i in range(3):
        with CM('L%d' % i):
            if i == 0:
                continue
            if i == 1:
                out.append('one')
                break
    return out
show('loop exits', loop_exits)

def return_value_kept():
    with CM('r'):
        return 'returned'
show('return value kept', return_value_kept)

def suppressed_return():
    for i in range(2):
        with CM('s%d' % i, suppress=True):
            if i == 0:
                raise ValueError
            return 'second'
show('suppressed then return', suppressed_return)

def gen():
    with CM('g'):
        yield 1
        yield 2
def use_gen():
    g = gen()
    first = next(g)
    g.close()
    return first
show('generator closed inside with', use_gen)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
