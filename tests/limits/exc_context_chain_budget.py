# Raising inside a handler walks the handled exception's __context__ chain (to cut a
# cycle, as CPython): the walk is charged to the instruction budget, so raising over and
# over with a 50000-long chain stops at --max-steps (BudgetExceeded, exit status 1)
# instead of running for seconds per thousand raises.
def chain(n):
    x = ValueError(0)
    for i in range(1, n):
        y = ValueError(i)
        y.__context__ = x
        x = y
    return x
c = chain(50000)
try:
    raise c
except ValueError:
    try:
        raise KeyError('once')
    except KeyError as e:
        print('context kept', e.__context__ is c)
    # the chain is not cut when the raised exception is not in it
    n = 0
    x = c
    while x is not None:
        n += 1
        x = x.__context__
    print('chain length', n)
    for i in range(100000):
        try:
            raise KeyError(i)
        except KeyError:
            pass
print('not reached')
