# Importing a submodule runs the package __init__ first, then dependencies in order.
print('start')
import mod_order.second
print(mod_order.ORDER)
import mod_order.first
print(mod_order.ORDER)
from mod_order import first, second
print(first.__name__, second.__name__)
import mod_order
print(mod_order.first is first, 'second' in dir(mod_order))
import mod_order.second as again
print(again is second, mod_order.ORDER.count('second'))
