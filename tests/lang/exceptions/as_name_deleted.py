# The `except ... as name` binding is deleted at the end of the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        raise KeyError('k')
    except KeyError as exc:
        saved = exc
    return saved, 'exc' in locals()
s, present = f()
print(repr(s), present)
x = 1
try:
    1 / 0
except ZeroDivisionError as x:
    pass
print('x' in globals())
