# array slicing resolved the slice against the length from before the slice's __index__ ran; a resize there gave zero-filled results or MemoryError
import array
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Shrink:
    def __index__(self):
        del a[:]; return 2
class Grow:
    def __index__(self):
        a.extend(range(100)); return 2
def get(): return a[Shrink():8]
def get_step(): return a[Shrink():8:2]
def delete():
    del a[Shrink():8]; return a
def delete_step():
    del a[Shrink():8:2]; return a
def assign():
    a[Shrink():8] = array.array('i', [7] * 3); return a
def assign_step():
    a[Shrink():8:2] = array.array('i', [7] * 3); return a
def grow_get(): return a[Grow():8:2]
def grow_assign():
    a[Grow():8] = array.array('i', [5]); return len(a), a[:4], a[-3:]
for f in [get, get_step, delete, delete_step, assign, assign_step, grow_get, grow_assign]:
    a = array.array('i', range(10))
    t(f)
