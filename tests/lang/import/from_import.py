# from x import y copies bindings; later rebinding in the module is not seen.
from mod_basic import greet, VALUE
from mod_basic.util import double as dbl, triple
print(greet('from'), VALUE, dbl(5), triple(2))
import mod_basic
mod_basic.VALUE = 'changed in module'
print(VALUE, mod_basic.VALUE)
from mod_basic import VALUE
print(VALUE)
from mod_basic import (
    greet as g2,
    _private,
)
print(g2 is greet, _private)
