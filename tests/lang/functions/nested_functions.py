# Nested function definitions and calling inner helpers.
def outer(x):
    def double(y):
        return y * 2
    def add_x(y):
        return y + x
    return add_x(double(x))
print(outer(5))
def make_adders():
    adders = []
    for i in range(3):
        def add(v, i=i):
            return v + i
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def level1():
    def level2():
        def level3():
            return 'deep'
        return level3()
    return level2()
print(level1())
def counter_def():
    def f():
        pass
    return f
print(counter_def() is counter_def(), counter_def().__qualname__)
