# sys.settrace / sys.setprofile events (trace22): locals
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
# a trace function that changes f_locals: written back to the frame (CPython 3.11)
def f():
    x = 1
    y = 2
    z = x + y
    def inner():
        return z
    z = 10
    w = inner()
    return (x, y, z, w, y)
def t(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'line':
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if rel == 2:
            frame.f_locals['x'] = 100
        if rel == 8:
            frame.f_locals['z'] = 'cell'
    return t
sys.settrace(t)
try:
    print(f())
except UnboundLocalError as e:
    print('unbound', e)
def f2():
    y = 1
    z = 2
    return y
def t3(frame, event, arg):
    if frame.f_code.co_name == 'f2' and event == 'line':
        if frame.f_lineno - frame.f_code.co_firstlineno == 3:
            del frame.f_locals['y']
    return t3
sys.settrace(t3)
try:
    f2()
except UnboundLocalError as e:
    print('unbound', e)
sys.settrace(None)
def g():
    a = 1
    b = a
    return b
def t2(frame, event, arg):
    if frame.f_code.co_name == 'g' and event == 'line':
        d = frame.f_locals
        d['a'] = [1, 2]
        d['zz'] = 5
    return t2
sys.settrace(t2)
print(g())
sys.settrace(None)
