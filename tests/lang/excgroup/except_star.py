# except*: matching, splitting, raise/re-raise inside handlers, else/finally
def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped", type(e).__name__, repr(e))

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("ValueError part", repr(e))
    except* TypeError as e:
        print("TypeError part", repr(e))
run(basic)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
run(partial)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(type(e).__name__, repr(e.exceptions), e.message == "")
run(naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run(naked_unmatched)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
    except* OSError as e:
        print("os", repr(e))
run(tuple_types)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), KeyError(3)])])
    except* ValueError as e:
        print("nested values", repr(e))
run(nested)

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(reraise)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new") from None
run(raise_new)

def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise OSError("b")
run(raise_in_two)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    raise_from()
except ExceptionGroup as g:
    inner = g.exceptions[0]
    print(repr(g), repr(inner), repr(inner.__cause__))

def else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(else_finally)

def finally_with_exc():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled")
    finally:
        print("finally")
run(finally_with_exc)

def bad_types():
    for t in (int, ExceptionGroup, (ValueError, BaseExceptionGroup), "x"):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1)])
            except* t:
                print("matched?")
        except TypeError as e:
            print("TypeError", e)
bad_types()

def name_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print("NameError", err)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)
name_cleared()

def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info", repr(sys.exc_info()[1]))
    except* TypeError:
        print("exc_info", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
exc_info_inside()

def loop_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                break
        print("loop ok", i)
run(loop_inside)

def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("kbd", repr(e))
run(base_group)

def in_generator():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        yield repr(e)
print(list(in_generator()))
