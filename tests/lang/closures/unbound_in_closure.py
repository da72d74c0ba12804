# Referencing a closure variable before it is assigned raises NameError.
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 5
    return inner()
print(outer())
def outer2():
    y = 1
    def inner():
        return y
    del y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer2()
