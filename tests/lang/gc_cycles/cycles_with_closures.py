# Cycles through closures, bound methods and instance dicts.
class Widget:
    def __init__(self, n):
        self.n = n
        self.callback = self.handle
        self.data = {'owner': self}
    def handle(self):
        return self.n
count = 0
for i in range(50000):
    w = Widget(i)
    def make():
        def f():
            return f
        return f
    g = make()
    count += w.callback() == i and g() is g
print('ok', count)
