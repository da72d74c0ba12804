# Closures expose captured cells via __closure__ with cell_contents.
def outer(a, b):
    def inner():
        return a + b
    return inner
f = outer(1, 2)
print(len(f.__closure__), sorted(c.cell_contents for c in f.__closure__))
def no_closure():
    return 1
print(no_closure.__closure__)
def mutate():
    data = []
    def push(x):
        data.append(x)
        return data
    return push
p = mutate()
p(1)
print(p(2), p.__closure__[0].cell_contents)
