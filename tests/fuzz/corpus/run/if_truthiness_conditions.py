# if tests use truthiness of arbitrary objects.
for value in [0, 1, -1, 0.0, '', 'a', [], [0], {}, {'a': 1}, (), set(), None, range(0), b'']:
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')
x = [1, 2]
if x and x[0] == 1:
    print('first is 1')
if not []:
    print('empty list')
