# int() parsing of strings with bases, whitespace, underscores and errors.
print(int('42'), int('  -17  '), int('+5'), int('1_000'), int('0'), int('-0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('10', 0))
print(int('777', 8), int('1010', 2), int('z', 36), int('Zz', 36), int('11', 3))
print(int(3.99), int(-3.99), int(True), int('٣'))
for s, base in [('abc', 10), ('', 10), ('1.5', 10), ('12', 2), ('0x10', 10), ('1__0', 10), ('010', 0), (' ', 10), ('_1', 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int('  0b11  ', 0), int('-0x1F', 16))
