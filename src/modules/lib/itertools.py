"""itertools for safepy: iterator building blocks.

Every iterator is implemented in C (_itertools: itertoolsmod*.c); this module only
re-exports them under their public names.
"""

from _itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress, count,
    cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
    repeat, starmap, takewhile, tee, zip_longest, _grouper, _tee, _tee_dataobject,
)
