from . import first
from . import ORDER
ORDER.append('second')
print('mod_order.second runs')
