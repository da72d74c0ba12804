# sys.settrace / sys.setprofile events (trace22): apps
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
# a coverage-style line counter, a call tracer and a setprofile timing table
counts = {}
def cov(frame, event, arg):
    if event == 'line':
        key = (frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
        counts[key] = counts.get(key, 0) + 1
    return cov
def work(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += i
        elif i % 3 == 1:
            t -= 1
        else:
            t *= 2
    return t
sys.settrace(cov)
work(10)
sys.settrace(None)
for k in sorted(counts):
    print(k, counts[k])
depth = [0]
def calls(frame, event, arg):
    if event == 'call':
        print('  ' * depth[0] + '->', frame.f_code.co_name, frame.f_back.f_code.co_name)
        depth[0] += 1
    elif event == 'return':
        depth[0] -= 1
        print('  ' * depth[0] + '<-', frame.f_code.co_name, arg)
    return calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
sys.settrace(calls)
fib(3)
sys.settrace(None)
stats = {}
def prof(frame, event, arg):
    if event == 'call':
        stats[frame.f_code.co_name] = stats.get(frame.f_code.co_name, 0) + 1
    elif event == 'c_call':
        stats[arg.__name__] = stats.get(arg.__name__, 0) + 1
sys.setprofile(prof)
fib(4)
sorted([3, 2, 1])
work(3)
sys.setprofile(None)
print(sorted(stats.items()))
# locals seen by the tracer
def loc(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'lv':
        print(sorted(frame.f_locals.items()))
    return loc
def lv(a):
    b = a + 1
    c = b * 2
    return c
sys.settrace(loc)
lv(1)
sys.settrace(None)
