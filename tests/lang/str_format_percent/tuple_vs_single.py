# A single non-tuple argument vs a tuple argument in %-formatting.
print('%s' % 5)
print('%s' % (5,))
print('%s' % [5, 6])
t = (1, 2)
print('%s and %s' % t)
print('%s' % (t,))
try:
    print('%s' % t)
except TypeError as e:
    print(type(e).__name__, e)
print('%s' % '')
print('%d%%' % 10)
print('' % ())
try:
    print('' % 5)
except TypeError as e:
    print(type(e).__name__, e)
print('x' % {})
