print("before")
def f(x):
    return 1 / x
def g():
    return f(0)
g()
