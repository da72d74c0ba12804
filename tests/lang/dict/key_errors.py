# KeyError messages use the repr of the missing key.
d = {'a': 1}
for key in ['missing', 42, (1, 2), None, 3.5, '']:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d['nope']
except KeyError as e:
    print('del', type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop(())
except KeyError as e:
    print(type(e).__name__, e)
