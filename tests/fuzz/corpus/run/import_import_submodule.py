# import a.b binds the top package name; the submodule becomes an attribute.
import mod_basic.util
print(mod_basic.util.double(4), mod_basic.VALUE)
print(mod_basic.util.NAME, mod_basic.util.__name__)
import mod_basic.util as u
print(u is mod_basic.util, u.triple(3))
from mod_basic import util
print(util is u)
import mod_outer.mod_inner.leaf
print(mod_outer.mod_inner.INNER, mod_outer.mod_inner.leaf.__name__)
print(hasattr(mod_outer, 'mod_inner'), hasattr(mod_outer, 'sibling'))
