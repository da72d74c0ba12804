# types.CellType can be made directly: empty, or holding a value.
import types

for a in [(), (1,), (1, 2)]:
    try:
        c = types.CellType(*a)
        print(repr(c)[:8], c.cell_contents if a else 'made empty')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.CellType(contents=1)
except TypeError as e:
    print(type(e).__name__, e)
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c.cell_contents = 'now'
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))


def closure_cell(v):
    return (lambda: v).__closure__[0]


print(type(closure_cell(1)) is types.CellType)
