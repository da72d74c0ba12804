# Infinite recursion raises RecursionError, which can be caught and recovered from.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', type(e).__name__)
def count(n):
    return n if n == 0 else count(n - 1)
print('still works after recovery:', count(100))
class Node:
    def __repr__(self):
        return repr(self)
try:
    repr(Node())
except RecursionError as e:
    print('repr:', type(e).__name__)
