# Exceptions are objects: can be created, stored, compared, and raised later.
errs = [ValueError('a'), TypeError('b')]
caught = []
for err in errs:
    try:
        raise err
    except Exception as e:
        caught.append(e)
print([type(c).__name__ for c in caught], caught[0] is errs[0])
print(ValueError('x') == ValueError('x'), isinstance(errs[0], Exception))
cls = KeyError
try:
    raise cls('made from class variable')
except KeyError as e:
    print(repr(e))
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError('attrs')
e.extra = 'custom attribute'
print(e.extra, e.__traceback__)
