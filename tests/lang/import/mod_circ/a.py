print('a: start')
from . import b
A_VALUE = 'a value'
def use_b():
    return 'a sees ' + b.B_VALUE
print('a: end')
