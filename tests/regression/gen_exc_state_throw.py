# A generator's own exception state: an exception thrown into a generator suspended in an
# except block gets the handled one as __context__, and the state survives a yield even when
# the thrown exception is the very object its resumer is handling (was lost: identity test).
import sys
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))

def g():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as e:
            print("inside", repr(e.__context__))
            raise
gen = g(); next(gen)
try: gen.throw(ValueError)
except ValueError as e: print(repr(e.__context__))

def h():
    try:
        print(sys.exc_info()[0])
        yield
    except Exception as exc:
        print(sys.exc_info()[0], exc.__context__)
        yield
        print(sys.exc_info()[0])
        yield
        raise
m = h(); next(m)
try:
    raise ValueError()
except Exception as exc:
    try: m.throw(exc)
    except Exception: pass
next(m)
try: next(m)
except ValueError as e: print("reraised", type(e).__name__)
print(sys.exc_info())


def nested():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise KeyError("inner")
        except KeyError:
            yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


n = nested()
try:
    raise ValueError("resumer")
except ValueError:
    print([repr(x) for x in n])
print(sys.exc_info()[0])


def plain():
    yield sys.exc_info()[1]


p = plain()
try:
    raise ValueError("seen through")
except ValueError:
    print(repr(next(p)))
