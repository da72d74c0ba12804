# sys.settrace / sys.setprofile events (trace22): match
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
# line events of match statements (CPython's test_patma TestTracing shape)
def f(command):
    match command.split():
        case [*_]:
            return "no match"
def g(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"
        case _:
            return "other"
def lines(frame, event, arg):
    if event in ('line', 'return', 'call'):
        print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return lines
sys.settrace(lines)
f("go n")
g("go n")
g("go x")
g("stop")
sys.settrace(None)
