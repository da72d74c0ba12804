# sys.settrace / sys.setprofile events (trace22): exc
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
def raiser():
    raise ValueError('x')
def catch():
    try:
        raiser()
    except ValueError:
        x = 1
    try:
        try:
            raiser()
        finally:
            y = 2
    except ValueError:
        pass
    with Ctx():
        z = 3
    try:
        with Ctx():
            raiser()
    except ValueError:
        pass
    return x
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
sys.settrace(tr)
catch()
sys.settrace(None)
