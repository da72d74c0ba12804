# throw() raises inside the generator at the paused yield; close() raises GeneratorExit.
def worker():
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('handled inside', e)
            yield 'recovered'
w = worker()
print(next(w))
print(w.throw(ValueError('oops')))
print(next(w))
try:
    w.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(w, 'exhausted'))
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('cleanup')
c = closing()
print(next(c))
c.close()
c.close()
print(next(c, 'closed gen is exhausted'))
def unstarted():
    print('never runs')
    yield
u = unstarted()
u.close()
print('closed unstarted generator')
