# Bare raise re-raises the exception currently being handled.
def risky():
    raise ValueError('original')
try:
    try:
        risky()
    except ValueError:
        print('logging and re-raising')
        raise
except ValueError as e:
    print('outer got', e)
try:
    try:
        risky()
    except ValueError as e:
        raise e
except ValueError as e2:
    print('re-raised by name', e2)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise KeyError('from handler')
    except KeyError:
        helper()
def helper():
    raise
try:
    handler()
except KeyError as e:
    print('bare raise in called function', e)
