# sys.settrace / sys.setprofile events (trace22): loops
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
def f(n):
    s = 0
    i = 0
    while i < n:
        if i % 2:
            s += i
        else:
            s -= 1
        i += 1
    for j in range(2):
        for k in range(2):
            s += j * k
    return s
def one(): return 1
def decorated(fn):
    return fn
@decorated
def dec(a,
        b):
    return (a +
            b)
class C:
    x = 1
    def m(self):
        return self.x
def run():
    f(3)
    one()
    dec(1, 2)
    C().m()
    class D:
        y = 2
    a = [1,
         2]
    b = {'k': 1}
    if a:
        pass
    return a
sys.settrace(tr)
run()
sys.settrace(None)
