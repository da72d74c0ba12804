# sys.settrace / sys.setprofile events (trace22): threads
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
# threading.settrace / threading.setprofile: the hooks trace the threads started after
import threading
def work(n):
    x = n + 1
    return x
def th(frame, event, arg):
    if frame.f_code.co_name == 'work':
        show(frame, event, arg)
    return th
threading.settrace(th)
print(threading.gettrace() is th)
t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
threading.settrace(None)
def pr(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_name == 'work':
        show(frame, event, arg)
threading.setprofile(pr)
t = threading.Thread(target=work, args=(2,))
t.start()
t.join()
threading.setprofile(None)
print(sys.gettrace(), sys.getprofile())
