# A small report built with %-formatting, as in older code.
rows = [('Widget', 3, 4.5), ('Gadget', 12, 19.99), ('Thingamajig', 1, 150.0)]
header = '%-12s %5s %10s' % ('Item', 'Qty', 'Price')
print(header)
print('-' * len(header))
total = 0.0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print('%-12s %5d %10.2f' % (name, qty, line_total))
print('-' * len(header))
print('%-12s %5s %10.2f' % ('TOTAL', '', total))
print('%s items, average %.3f' % (len(rows), total / len(rows)))
