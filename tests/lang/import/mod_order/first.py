from . import ORDER
ORDER.append('first')
print('mod_order.first runs')
