# Relative imports inside packages: from . import x, from .mod import y, from .. import z.
import mod_rel
print(mod_rel.shout('quiet'), mod_rel.pi_value, mod_rel.PKG_NAME)
print(mod_rel.helpers.PACKAGE, mod_rel.helpers.__name__)
print(sorted(k for k in vars(mod_rel) if not k.startswith('__')))
from mod_outer.mod_inner import leaf
for item in leaf.describe():
    print(item)
try:
    exec('from . import something')
except ImportError as e:
    print(type(e).__name__, e)
