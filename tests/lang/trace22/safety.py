# sys.settrace / sys.setprofile events (trace22): safety
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
# trace functions that misbehave: the program stays safe and CPython's results hold
def gen():
    for i in range(3):
        yield i
def comp():
    return [x * 2 for x in range(3)]
def t(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'line' and name == '<listcomp>':
        d = frame.f_locals
        if '.0' in d:
            d['.0'] = iter([10, 20])
    if event == 'line' and name == 'gen':
        frame.f_locals['i'] = 'x'
    return t
sys.settrace(t)
print(comp())
print(list(gen()))
sys.settrace(None)
# a tracer that calls the traced function (no events inside the tracer)
calls = []
def inner():
    return 1
def t2(frame, event, arg):
    calls.append((event, frame.f_code.co_name))
    if event == 'call' and frame.f_code.co_name == 'outer':
        inner()
    return t2
def outer():
    return inner()
sys.settrace(t2)
outer()
sys.settrace(None)
print(calls)
# settrace and setprofile from inside a trace function, again and again
log = []
def a(frame, event, arg):
    log.append(('a', event))
    sys.settrace(b)
    return b
def b(frame, event, arg):
    log.append(('b', event))
    sys.setprofile(p)
    return a
def p(frame, event, arg):
    log.append(('p', event))
    sys.setprofile(None)
sys.settrace(a)
outer()
sys.settrace(None)
print(log)
# a tracer that recurses without end: RecursionError, the tracer removed
def deep(n):
    return deep(n + 1)
def t3(frame, event, arg):
    deep(0)
sys.settrace(t3)
try:
    outer()
except RecursionError as e:
    print('RecursionError', sys.gettrace())
# a tracer that clears the frame, deletes every local, reads f_back
def t4(frame, event, arg):
    if event == 'line':
        frame.f_locals.clear()
        frame.f_back
    return t4
def uses():
    a = 1
    b = 2
    return a
sys.settrace(t4)
try:
    uses()
except UnboundLocalError as e:
    print(e)
sys.settrace(None)
# generator driven from a tracer while it runs: ValueError
g = None
def t5(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'gen':
        try:
            next(g)
        except ValueError as e:
            print('t5', e)
            sys.settrace(None)
    return t5
g = gen()
sys.settrace(t5)
print(list(g))
sys.settrace(None)
