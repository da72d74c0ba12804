# warnings._deprecated, the helper CPython's modules slated for removal call at import.
import sys
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings._deprecated('chunk', remove=(3, 13))
    warnings._deprecated('x', 'custom {name!r} until {remove}', remove=(3, 12))
print([str(x.message) for x in w], [x.category.__name__ for x in w])
for ver in ((3, 13, 0, 'beta', 1), (3, 14, 0, 'alpha', 1), (3, 13, 0, 'alpha', 1)):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            warnings._deprecated('mod', remove=(3, 13), _version=ver)
        print(ver, 'warned', len(w))
    except RuntimeError as e:
        print(ver, e)
try:
    warnings._deprecated('m')
except TypeError as e:
    print(e)
