# frame.f_lineno jumps between lines whose value stacks have the same depth but hold
# different things (a for loop's iterator, an except block's saved exception): refused
# with CPython's messages, never run with the wrong values (safepy used to return the
# iterator, raise SystemError from POP_EXCEPT, or leave sys.exc_info() set).
import sys


def tracer_for(f, at, to):
    base = f.__code__.co_firstlineno

    def tr(frame, event, arg):
        if event == 'line' and frame.f_code is f.__code__ and frame.f_lineno == base + at:
            frame.f_lineno = base + to
        return tr
    return tr


def run(f, at, to):
    sys.settrace(tracer_for(f, at, to))
    try:
        print(f.__name__, at, to, 'returned', f())
    except ValueError as e:
        print(f.__name__, at, to, 'ValueError:', e)
    finally:
        sys.settrace(None)
    print('  exc_info after:', sys.exc_info())


def loop_then_except():
    for x in [1, 2]:
        y = 1
    try:
        raise KeyError
    except KeyError:
        z = 2
    return 'done'


run(loop_then_except, 2, 6)   # into the except block: no exception there
run(loop_then_except, 6, 2)   # into the loop body: no iterator there


def except_then_loop():
    try:
        raise KeyError
    except KeyError:
        z = 2
    for x in [1, 2]:
        y = 1
    return 'done'


run(except_then_loop, 4, 6)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print('  exit', a)
        return False


def with_then_loop():
    with CM():
        z = 2
    for x in 'ab':
        y = x
    return 'done'


run(with_then_loop, 5, 2)


# jumps that keep the stack's contents work as in CPython
def in_loop():
    out = []
    for x in [1, 2, 3]:
        out.append(x)
        out.append(-x)
        out.append(0)
    return out


run(in_loop, 3, 5)    # forward inside one loop body


def in_except():
    try:
        raise KeyError('k')
    except KeyError as e:
        a = 1
        b = 2
        c = 3
    return (c, sys.exc_info()[0])


run(in_except, 4, 6)  # inside one except block: the exception is still handled there


def sibling_excepts():
    try:
        raise KeyError
    except KeyError:
        a = 1
    try:
        raise ValueError
    except ValueError:
        b = 2
    return 'siblings'


run(sibling_excepts, 4, 8)  # from one except block into the next one's (CPython allows)


def in_with():
    with CM():
        a = 1
        b = 2
        c = 3
    return 'with done'


run(in_with, 2, 4)
