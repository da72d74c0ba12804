# sys.settrace / sys.setprofile events (trace22): ftrace
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
# f_trace set by hand on running frames (bdb's set_trace), f_trace_lines, gettrace
def local(frame, event, arg):
    show(frame, event, arg)
    return local
def glob(frame, event, arg):
    show(frame, event, arg)
    return None
def callee():
    x = 1
    return x
def body():
    fr = sys._getframe()
    fr.f_trace = local
    sys.settrace(glob)
    y = 1
    callee()
    fr.f_trace_lines = False
    z = 2
    fr.f_trace_lines = True
    w = 3
    sys.settrace(None)
    return y
body()
def quiet_lines(frame, event, arg):
    show(frame, event, arg)
    if event == 'call':
        frame.f_trace_lines = False
    return quiet_lines
sys.settrace(quiet_lines)
callee()
sys.settrace(None)
def changer(frame, event, arg):
    show(frame, event, arg)
    if event == 'call':
        return other
def other(frame, event, arg):
    print('other', event)
    return None
sys.settrace(changer)
callee()
sys.settrace(None)
# opcode events: counted, not listed (the instructions differ between implementations)
n = [0, 0]
def ops(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    if event == 'opcode':
        n[0] += 1
    if event == 'line':
        n[1] += 1
    return ops
sys.settrace(ops)
callee()
sys.settrace(None)
print(n[0] > n[1] > 0)
# gettrace inside the tracer; settrace from inside the tracer
seen = []
def t2(frame, event, arg):
    seen.append((event, sys.gettrace() is t2))
    if event == 'return':
        sys.settrace(None)
    return t2
sys.settrace(t2)
callee()
callee()
print(seen, sys.gettrace())
