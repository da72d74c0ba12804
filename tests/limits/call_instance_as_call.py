# A class whose __call__ is an instance of itself: calling one recursed without any Python
# frame in between, as a C tail call, so safepy looped forever; now RecursionError.
class A:
    pass


A.__call__ = A()
a = A()
for _ in range(3):
    try:
        a()
    except RecursionError as e:
        print("RecursionError", e)


class B:
    def __call__(self, x):
        return x * 2


B.__call__ = B()
try:
    B()(1)
except RecursionError as e:
    print("RecursionError", e)
print(float.__getformat__("double"), float.__getformat__("float"))
for bad in ("x", 1):
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
