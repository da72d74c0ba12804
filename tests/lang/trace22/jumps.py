# sys.settrace / sys.setprofile events (trace22): jumps
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
# frame.f_lineno set by a trace function: jumps in a 'line' event, ValueError elsewhere
def jumper(target, when='line', rel_from=1):
    def t(frame, event, arg):
        if frame.f_code.co_name.startswith('f_'):
            show(frame, event, arg)
            rel = frame.f_lineno - frame.f_code.co_firstlineno
            if event == when and (event != 'line' or rel == rel_from):
                frame.f_lineno = frame.f_code.co_firstlineno + target
        return t
    return t
def run(fn, *a):
    sys.settrace(jumper(*a))
    try:
        print('result', fn())
    except ValueError as e:
        print('ValueError', e)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    sys.settrace(None)
def f_skip():
    a = 1
    a = 2
    a = 3
    return a
run(f_skip, 3)
def f_back():
    n = [0]
    n[0] += 1
    if n[0] < 3:
        pass
    return n
run(f_back, 2, 'line', 4)
def f_before():
    return 1
run(f_before, -5)
def f_after():
    return 1
run(f_after, 50)
run(f_skip, 3, 'call')
run(f_skip, 3, 'return')
def f_exc():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'handled'
run(f_exc, 0, 'exception')
def f_noint():
    return 1
def t_str(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'f_noint':
        frame.f_lineno = 'x'
    return t_str
sys.settrace(t_str)
try:
    f_noint()
except ValueError as e:
    print('ValueError', e)
sys.settrace(None)
def f_loop_out():
    for i in range(3):
        x = i
    return 'end'
def f_in_loop():
    total = 0
    for i in range(3):
        total += i
        total += 100
    return total
run(f_in_loop, 4, 'line', 3)
