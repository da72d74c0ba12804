# Each module has its own global namespace; functions see their defining module's globals.
VALUE = 'script VALUE'
import mod_basic
from mod_basic import greet
print(VALUE, mod_basic.VALUE)
def greet(name):
    return 'script greet ' + name
print(greet('a'), mod_basic.greet('b'))
import mod_basic.util as util
util.double = lambda x: 'patched'
from mod_basic.util import double
print(double(3), mod_basic.util.double(3))
print(sorted(n for n in dir(mod_basic.util) if not n.startswith('_')))
