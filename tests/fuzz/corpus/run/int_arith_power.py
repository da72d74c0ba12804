# Exponentiation: negative exponents, big results, precedence with unary minus.
print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** 3 ** 2)
print(2 ** 100)
print(3 ** 50)
print(len(str(7 ** 500)))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7))
print(pow(-3, 3, 5))
print(pow(3, -1, 7))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
