# yield from delegates to sub-iterators and returns the sub-generator's value.
def inner():
    x = yield 'inner-1'
    print('inner received', x)
    yield 'inner-2'
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield from range(2)
    yield from 'ab'
    return 'outer result'
o = outer()
print(next(o))
print(o.send('hello'))
print(list(o))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), 'xy')))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def delegate():
    r = yield from outer_result()
    yield r
def outer_result():
    return 'immediate'
    yield
print(list(delegate()))
