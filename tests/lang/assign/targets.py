# Assignment to attributes, subscripts, slices and names in one program.
class Box:
    pass
b = Box()
b.value = 1
b.value = b.value + 1
print(b.value)
items = [0] * 5
items[1] = 'one'
items[-1] = 'last'
items[2:4] = ['a', 'b', 'c']
print(items)
grid = [[0, 0], [0, 0]]
grid[1][0] = 7
print(grid)
m = {}
m[(1, 2)] = 'tuple key'
m['x'] = m.get('x', 0) + 1
print(m)
_ = 'underscore is an ordinary name'
print(_)
b.inner = Box()
b.inner.deep = 'yes'
print(b.inner.deep)
