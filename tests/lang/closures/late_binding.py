# Closures see the variable's current value at call time.
def make_fns():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns
print([f() for f in make_fns()])
def make_fns_fixed():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns
print([f() for f in make_fns_fixed()])
def factory():
    def make(i):
        return lambda: i * 10
    return [make(i) for i in range(3)]
print([f() for f in factory()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
