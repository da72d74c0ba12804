# break / continue / return leaving try, except, finally and with blocks run every
# cleanup on the way out, in order; `except E as e` unbinds e; bare raise re-raises.
def trace(*a):
    print(*a)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        trace('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        trace('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

def ret_in_finally_order():
    try:
        try:
            return 'inner'
        finally:
            trace('inner finally')
    finally:
        trace('outer finally')
print(ret_in_finally_order())

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())

def break_continue():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            trace('body', i)
        finally:
            trace('finally', i)
    else:
        trace('not reached')
    return i
print(break_continue())

def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return 'else ran'
    return 'broke'
print(while_else(3), while_else(20))

def with_exits():
    for i in range(3):
        with CM('a%d' % i) as name, CM('b'):
            if i == 0:
                continue
            if i == 1:
                return name
print(with_exits())

def with_exception():
    try:
        with CM('x'):
            raise KeyError('k')
    except KeyError as e:
        trace('caught', repr(e))
with_exception()

class Suppress(CM):
    def __exit__(self, *exc):
        trace('suppress', exc[0].__name__ if exc[0] else None)
        return True
def suppressed():
    with Suppress('s'):
        raise ValueError
    return 'after suppressed'
print(suppressed())

def except_var_unbound():
    e = 'before'
    try:
        raise ValueError('v')
    except ValueError as e:
        trace('in handler', e)
    try:
        return e
    except UnboundLocalError as exc:
        return 'unbound: ' + str(exc)
print(except_var_unbound())

def return_from_except():
    try:
        raise ValueError('x')
    except ValueError:
        return 'returned from except'
    finally:
        trace('finally after except')
print(return_from_except())

def bare_raise():
    try:
        try:
            raise TypeError('original')
        except TypeError:
            trace('handling')
            raise
    except TypeError as e:
        return 'reraised ' + str(e)
print(bare_raise())

def context_chain():
    try:
        try:
            raise KeyError('first')
        except KeyError:
            raise ValueError('second')
    except ValueError as e:
        return repr(e.__context__), e.__suppress_context__
print(context_chain())

def cause_chain():
    try:
        raise ValueError('x') from KeyError('y')
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__
print(cause_chain())

def exc_info_restored():
    try:
        try:
            raise KeyError('outer')
        except KeyError:
            try:
                raise ValueError('inner')
            except ValueError:
                pass
            raise          # re-raises KeyError: the inner handler restored it
    except Exception as e:
        return repr(e)
print(exc_info_restored())

def nested_loops_break():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            try:
                if i == 1:
                    continue
                out.append((i, j))
            finally:
                out.append('f')
    return out
print(nested_loops_break())

def finally_swallows_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'swallowed %d' % i
print(finally_swallows_break())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        trace('gen finally')
g = gen_finally()
print(next(g))
g.close()
print([x for x in gen_finally()])

def else_clause(fail):
    try:
        if fail:
            raise RuntimeError
    except RuntimeError:
        return 'except'
    else:
        return 'else'
    finally:
        trace('finally', fail)
print(else_clause(True), else_clause(False))
