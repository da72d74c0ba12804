# sys.settrace / sys.setprofile events (trace22): gen
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
def g():
    yield 1
    x = yield 2
    return 3
def sub():
    r = yield from g()
    yield r
def run():
    list(g())
    list(sub())
    it = g(); next(it); it.send(5)
    try:
        it.send(6)
    except StopIteration as e:
        pass
    it = g(); next(it)
    try:
        it.throw(KeyError)
    except KeyError:
        pass
    it = g(); next(it); it.close()
    s = sum(x for x in range(2))
    l = [y * 2 for y in range(2)]
    for v in g():
        pass
sys.settrace(tr)
run()
sys.settrace(None)
