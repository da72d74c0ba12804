# Exception flow through the exception table: nesting, finally, return/break/continue in
# finally, context/cause chaining, bare raise, exceptions crossing frames.
def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        return 10 // n
    except ValueError as e:
        return 'handled ' + str(e)
    finally:
        print('finally', n)
print(f(0), f(2))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(g())

def swallow():
    try:
        raise KeyError('k')
    finally:
        return 'finally wins'
print(swallow())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('wrapped') from e
    except ValueError as e:
        print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('implicit')
    except ValueError as e:
        print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('none') from None
    except ValueError as e:
        print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
nested()

def bare():
    try:
        raise IndexError('orig')
    except IndexError:
        try:
            raise
        except IndexError as e:
            print('bare re-raise', e)
bare()
try:
    raise
except RuntimeError as e:
    print(e)

def deep(n):
    if n == 0:
        raise LookupError('bottom')
    return deep(n - 1)
try:
    deep(50)
except LookupError as e:
    tb = e.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print('traceback entries', count)

def as_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print(e)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
as_cleared()

import sys
def info():
    print(sys.exc_info()[0])
    try:
        raise TypeError('t')
    except TypeError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError('x')
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
info()

try:
    try:
        raise 1
    except TypeError as e:
        print(e)
    raise ValueError from 1
except TypeError as e:
    print(e)

class Bad:
    pass
try:
    try:
        pass
    finally:
        print('empty try finally')
    try:
        raise OSError('os')
    except (KeyError, OSError) as e:
        print('tuple match', e)
    try:
        raise OSError('os')
    except Bad:
        pass
except TypeError as e:
    print(e)

def loop_with_handlers():
    out = []
    for i in range(6):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
        else:
            out.append('else')
    return out
print(loop_with_handlers())

def reraise_in_finally():
    try:
        try:
            raise ValueError('a')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
reraise_in_finally()

def exc_in_except():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise KeyError('second')
    except KeyError as e:
        print(repr(e), repr(e.__context__))
exc_in_except()
assert True
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert', repr(e))
