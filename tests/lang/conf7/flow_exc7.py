def f(x):
    try:
        if x == 0: raise ValueError('zero')
        if x == 1: return 'try-return'
    except ValueError:
        return 'except-return'
    else:
        return 'else-return'
    finally:
        print('finally', x)
print(f(0), f(1), f(2))
def g():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
        raise
    finally:
        print('outer finally')
try:
    g()
except KeyError:
    print('propagated')
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('loop finally', i)
    else:
        print('no else after break')
    return i
print(h())
def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def exc_var_cleared():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return 'e deleted: ' + str(err)
print(exc_var_cleared())
def nested_handlers():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as t:
            print('inner ctx', repr(t.__context__))
        import sys
        print('after inner', repr(sys.exc_info()[1]))
nested_handlers()
import sys
print(sys.exc_info())
def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise
try:
    raise_in_except()
except ZeroDivisionError as e:
    print('reraise', e, e.__context__)
try:
    raise
except RuntimeError as e:
    print(e)
def bare_raise_in_func():
    raise
try:
    try:
        raise ValueError('active')
    except ValueError:
        bare_raise_in_func()
except ValueError as e:
    print('bare in func', e)
try:
    try:
        raise ValueError('x')
    except (TypeError, ValueError) as e:
        print('tuple handler', type(e).__name__)
        raise KeyError('y') from None
except KeyError as e:
    print(e.__suppress_context__, e.__context__)
class CustomExit(Exception):
    pass
try:
    try:
        raise CustomExit
    except Exception:
        print('generic handler')
        raise
except CustomExit as c:
    print('specific', repr(c))
try:
    except_types = (ValueError,)
    try:
        raise ValueError('v')
    except except_types as e:
        print('dynamic tuple ok')
    try:
        raise ValueError('v')
    except 5:
        pass
except TypeError as e:
    print(e)
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print('gen exit seen')
        raise
    finally:
        print('gen finally')
gx = gen_exc(); next(gx); gx.close()
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'ret'
gr = gen_with_return_in_finally(); next(gr)
print(gr.close())
try:
    assert False, 'assert msg'
except AssertionError as e:
    print(e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
while True:
    try:
        raise ValueError
    except ValueError:
        break
    finally:
        print('finally before break out of while')
print('end')
