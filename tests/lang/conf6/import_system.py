# not in the image: imports the c6pkg package from disk
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        # the message names the module's file: print it relative to this directory
        print(type(e).__name__, str(e).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))
import os
import c6pkg
from c6pkg import *
t(lambda: (A, helper()))
from c6pkg.sub import deep
t(lambda: deep.VALUE)
import c6pkg.mod_a as ma
t(lambda: ma.lazy); t(lambda: ma.missing)
from c6pkg.mod_a import lazy
t(lambda: lazy)
def bad_from():
    from c6pkg.mod_a import nothing
t(bad_from)
def bad_mod():
    import nonexistent_mod_xyz
t(bad_mod)
def bad_sub():
    import c6pkg.nothere
t(bad_sub)
def bad_rel():
    exec("from . import x", {'__name__': 'top', '__package__': ''})
t(bad_rel)
t(lambda: __import__('c6pkg.sub.sibling').__name__)
t(lambda: __import__('c6pkg.sub.sibling', fromlist=['S']).__name__)
import importlib
t(lambda: importlib.import_module('.sibling', 'c6pkg.sub').S)
t(lambda: importlib.import_module('nonexistent_q'))
import sys
t(lambda: 'c6pkg.sub.deep' in sys.modules)
t(lambda: c6pkg.__name__ + ' ' + str(c6pkg.__path__ is not None))
t(lambda: c6pkg.sub.__package__)
t(lambda: deep.__package__)
import c6circ_a
t(lambda: c6circ_a.get())
t(lambda: type(sys.modules['c6pkg']).__name__)
t(lambda: importlib.reload(ma).A)
import types
m = types.ModuleType('dyn', 'doc here')
t(lambda: (m.__name__, m.__doc__))
sys.modules['dyn'] = m
m.val = 9
import dyn
t(lambda: dyn.val)
t(lambda: __name__)
t(lambda: importlib.util.find_spec('c6pkg') is not None)
t(lambda: importlib.util.find_spec('nope_pkg_q'))
