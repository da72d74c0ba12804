# divmod and abs on ints.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7))
print(abs(-5), abs(5), abs(0), abs(-2 ** 100))
q, r = divmod(1000, 33)
print(q, r, q * 33 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(abs(True), abs(False))
