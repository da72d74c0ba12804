# randrange() with non-index arguments: 3.11 converts them with int() and warns
# (DeprecationWarning blamed on the caller), or warns and raises ValueError when
# int() changes the value; safepy raised the ValueError without the warning.
import random, warnings
for a in [(1.5,), (3.0,), (1, 5.0), (1, 5.5), (1.0, 5), (0, 10, 2.0), (0,10,1.5), (True,), ('3',), (0, '1'), (0, 5, '1')]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: print(random.Random(1).randrange(*a))
        except Exception as e: print(type(e).__name__, e)
        for x in w: print('  ', x.category.__name__, x.message, x.lineno, x.filename == __file__)
