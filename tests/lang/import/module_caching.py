# A module body runs only once; later imports reuse the cached module object.
print('before first import')
import mod_counter
print('after first import')
import mod_counter
import mod_counter as again
from mod_counter import add, items
print(again is mod_counter, mod_counter.loads)
print(add('x'), add('y'), items, mod_counter.items is items)
def f():
    import mod_counter
    return mod_counter.add('z')
print(f(), mod_counter.items)
import sys
print('mod_counter' in sys.modules, sys.modules['mod_counter'] is mod_counter)
