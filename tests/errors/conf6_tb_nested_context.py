def f(x):
    return 1 / x

def g():
    try:
        f(0)
    finally:
        print("cleanup")

try:
    g()
except ZeroDivisionError as e:
    e.add_note("note one")
    e.add_note("note two")
    raise
