# %(name)s mapping keys in %-formatting.
data = {'name': 'Zed', 'age': 41, 'score': 9.5}
print('%(name)s is %(age)d and scored %(score).1f' % data)
print('%(name)r %(name)s' % data)
print('%(age)05d|%(name)-6s|' % data)
try:
    print('%(missing)s' % data)
except KeyError as e:
    print(type(e).__name__, e)
print('%(a)s %(a)s' % {'a': 'twice'})
print('no fields' % {})
try:
    print('%(a)s %s' % {'a': 1})
except TypeError as e:
    print(type(e).__name__, e)
