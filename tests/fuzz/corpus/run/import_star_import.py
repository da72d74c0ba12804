# from x import * honours __all__, otherwise skips underscore names.
from mod_star import *
print(public_one, listed_private)
try:
    public_two
except NameError as e:
    print(type(e).__name__, e)
from mod_star.noall import *
print(visible, also_visible)
try:
    _not_exported
except NameError as e:
    print(type(e).__name__, e)
import mod_star
print(mod_star.public_two, mod_star._hidden)
try:
    exec('def f():\n    from mod_star import *\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
