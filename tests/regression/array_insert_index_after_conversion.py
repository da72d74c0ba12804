# array.insert/index used the length from before converting their arguments; a conversion (__index__) that shrank the array made insert raise MemoryError and index search a stale range
import array
a = array.array('i', range(10))
class Shrink:
    def __index__(self):
        del a[5:]; return 42
try:
    a.insert(8, Shrink())
    print('insert ok', len(a) in (5, 6), a[:5])
except MemoryError:
    print('MemoryError')
a = array.array('i', range(10))
class Grow:
    def __index__(self):
        a.extend(range(10)); return -5
print(a.index(7, Grow()))
a = array.array('i', range(10))
print(a.index(7, 0, Grow()))
