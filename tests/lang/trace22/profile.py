# sys.settrace / sys.setprofile events (trace22): profile
import sys
EV = []
def show(frame, event, arg):
    co = frame.f_code
    if event == 'exception':
        a = arg[0].__name__
    elif event in ('c_call', 'c_return', 'c_exception'):
        a = getattr(arg, '__name__', '?')
    elif event == 'return':
        a = arg if arg is None or isinstance(arg, (int, str)) else type(arg).__name__
    else:
        a = None
    print((event, co.co_name, frame.f_lineno - co.co_firstlineno, a))
def tr(frame, event, arg):
    show(frame, event, arg)
    return tr
def f(x):
    return len(x) + abs(-1)
def g():
    l = []
    l.append(1)
    list.append(l, 2)
    d = dict(a=1)
    s = sorted([3, 1], key=lambda v: -v)
    try:
        int('z')
    except ValueError:
        pass
    m = max(*[1, 2])
    n = max(*[3, 4], **{})
    return f(l)
def p(frame, event, arg):
    show(frame, event, arg)
sys.setprofile(p)
g()
sys.setprofile(None)
