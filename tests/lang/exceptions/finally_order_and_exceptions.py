# finally runs on every exit path, and an exception in finally replaces the original.
log = []
def f(mode):
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('from try')
        if mode == 'return':
            return 'returned'
    except ValueError:
        log.append('except')
        raise
    finally:
        log.append('finally')
    return 'fell through'
for mode in ['normal', 'return', 'raise']:
    log.clear()
    try:
        print(mode, f(mode), log)
    except ValueError as e:
        print(mode, 'raised', e, log)
def g():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('replacement')
try:
    g()
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))
except ValueError:
    print('not reached')
