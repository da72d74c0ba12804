# shlex.split(None) in 3.11: a DeprecationWarning, then the words of sys.stdin (here
# the lines in shlex_split_none.py.in); safepy raised 3.12's ValueError instead.
import shlex, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(shlex.split(None))
    for x in w:
        print(x.category.__name__, x.message, x.filename == __file__)
print(shlex.split('a "b c"'))
