# Float arithmetic: floor division, modulo, power, and division by zero.
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, 2 ** 0.5)
print(0.1 + 0.7, 3 * 0.1, 1 - 0.9)
print(1e300 * 1e10)
ops = [('1.0 / 0', lambda: 1.0 / 0), ('1.0 // 0', lambda: 1.0 // 0), ('1.0 % 0', lambda: 1.0 % 0),
       ('0.0 / 0.0', lambda: 0.0 / 0.0), ('divmod(1.0, 0)', lambda: divmod(1.0, 0)), ('1 / 0.0', lambda: 1 / 0.0)]
for text, fn in ops:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, '->', type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print((-8.0) ** 2, (-8) ** 2.0, 8 ** (1 / 3))
