# sys.settrace / sys.setprofile events (trace22): errors
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
# a trace function that raises: removed, its exception propagates from the traced code
def f():
    a = 1
    b = 2
    return a + b
def bad_line(frame, event, arg):
    show(frame, event, arg)
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        raise RuntimeError('boom')
    return bad_line
sys.settrace(bad_line)
try:
    f()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
def bad_call(frame, event, arg):
    show(frame, event, arg)
    raise KeyError('call')
sys.settrace(bad_call)
try:
    f()
except KeyError as e:
    print('caught', repr(e), sys.gettrace())
def bad_ret(frame, event, arg):
    show(frame, event, arg)
    if event == 'return':
        raise ValueError('ret')
    return bad_ret
sys.settrace(bad_ret)
try:
    f()
except ValueError as e:
    print('caught', e, sys.gettrace())
def raiser():
    raise IndexError('i')
def bad_exc(frame, event, arg):
    show(frame, event, arg)
    if event == 'exception':
        raise TypeError('exc')
    return bad_exc
sys.settrace(bad_exc)
try:
    raiser()
except TypeError as e:
    print('caught', e, type(e.__context__).__name__, sys.gettrace())
def bad_prof(frame, event, arg):
    show(frame, event, arg)
    if event == 'c_call':
        raise OSError('prof')
sys.setprofile(bad_prof)
try:
    len([])
except OSError as e:
    print('caught', e, sys.getprofile())
# both set: the tracer's failure leaves the profiler
def quiet(frame, event, arg):
    return None
sys.setprofile(quiet)
sys.settrace(bad_call)
try:
    f()
except KeyError as e:
    print('caught', repr(e), sys.gettrace(), sys.getprofile() is quiet)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
