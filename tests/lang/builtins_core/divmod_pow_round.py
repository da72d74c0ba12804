# divmod, pow with modulus, and round variants.
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.0, 3), pow(10, 20, 7))
print(pow(7, -1, 13), pow(base=3, exp=4), pow(3, 4, mod=5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(-0.5))
print(round(7), round(7.0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
