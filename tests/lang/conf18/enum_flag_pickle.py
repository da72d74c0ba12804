# Flag/IntFlag composites pickle (operator.or_ of members), as 3.11's Flag.__reduce_ex__.
import pickle
from enum import Flag, IntFlag, auto
class Stooges(Flag):
    LARRY = 1
    CURLY = 2
    MOE = 4
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
for v in (Stooges.CURLY | Stooges.MOE, Stooges.LARRY, Stooges(0), Perm.R | Perm.X, Perm(0), Perm(8)):
    for proto in (2, 4):
        s = pickle.dumps(v, proto)
        w = pickle.loads(s)
        print(repr(w), w is v or w == v)
    print(v.__reduce_ex__(4))
import enum

# enum.__all__ is 3.11.2's (no show_flag_values / pickle_by_* in from enum import *)
print(sorted(enum.__all__))
ns = {}
exec('from enum import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
