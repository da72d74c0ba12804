d = {}
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    d['']
except KeyError as e:
    print(repr(e), str(e))
import sys
print(repr(KeyError()), str(KeyError()), str(KeyError(1, 2)))
sys.stdout.flush()
d[(3,)]
