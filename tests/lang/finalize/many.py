# Many finalizable objects made and dropped in loops: each finalizer runs once
import gc

count = 0


class A:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __del__(self):
        global count
        count += 1


def run(n):
    for i in range(n):
        a = A(i)


run(20000)
gc.collect()
print(count)
objs = [A(i) for i in range(5000)]
objs = None
gc.collect()
print(count)
for i in range(3000):
    x = A(i)
del x
gc.collect()
print(count)
