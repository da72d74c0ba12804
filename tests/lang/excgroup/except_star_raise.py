def run(f):
    try:
        f()
        print("none")
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__), repr(e.__cause__))

def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
run(a)
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
run(b)
def c():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
run(c)
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise e
run(d)
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg.exceptions[0]
run(e)
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* TypeError:
        print("no")
run(f)
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* Exception as eg:
        print("all", repr(eg))
run(g)
def h():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner value")
    except* TypeError as eg:
        print("outer type", repr(eg))
run(h)
def i():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(3)
        except KeyError:
            pass
        print("nested try ok")
run(i)
class E(Exception): pass
def j():
    try:
        raise ExceptionGroup("g", [E(1), ValueError(2)])
    except* E as eg:
        print(type(eg.exceptions[0]).__name__)
    except* ValueError:
        raise KeyboardInterrupt
run(j)
def k():
    for x in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(x)])
        except* ValueError as eg:
            print("loop", repr(eg))
run(k)
