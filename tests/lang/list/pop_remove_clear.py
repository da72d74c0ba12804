# pop, remove and clear, with their error messages.
a = [10, 20, 30, 40, 20]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(20)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
alias = b
b.clear()
print(b, alias, b is alias)
b = [1, 2]
b = []
print(b, alias)
