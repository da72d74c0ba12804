# Names bound in loops, with and except blocks belong to the function scope.
def f():
    for i in range(3):
        last = i
    while True:
        w = 'while'
        break
    if True:
        inside_if = 'if'
    try:
        raise ValueError('x')
    except ValueError as err:
        saved = err
    return i, last, w, inside_if, type(saved).__name__
print(f())
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as exc:
        return f'{type(exc).__name__}: {exc}'
print(g())
