# import x binds the module; attributes are accessed through it.
import mod_basic
print(mod_basic.VALUE, mod_basic.greet('test'))
print(type(mod_basic).__name__, mod_basic.__name__)
print(mod_basic.__doc__)
import mod_basic as mb
print(mb is mod_basic, mb.VALUE)
print(mod_basic._private)
mod_basic.VALUE = 43
import mod_basic
print(mod_basic.VALUE)
print('greet' in dir(mod_basic), 'VALUE' in vars(mod_basic))
print(callable(mod_basic.greet), mod_basic.greet.__module__)
try:
    mod_basic.missing
except AttributeError as e:
    print(type(e).__name__, e)
