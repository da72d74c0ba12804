import math
print(1 + 2.0, 1 + 2j, 2.0 * 3j, 10 / 4, 10 // 4, -10 // 4, 10 % -3, -10 % 3, 10.5 % 3, -10.5 % 3, 10 % -2.5)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0.0, -1))
print(pow(2, 10), pow(2, -1), pow(-8, 1/3), pow(2, 10, 1000), pow(3, -1, 7), pow(0, 0), pow(0.0, 0), 0 ** 0.0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    1j // 2
except TypeError as e:
    print(e)
try:
    divmod(1j, 2)
except TypeError as e:
    print(e)
try:
    1j % 2
except TypeError as e:
    print(e)
print((-1) ** 0.5, (-8) ** (1/3), 2 ** 0.5, 10 ** -2, (-2) ** -2, 2 ** 100)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, float('inf') - float('inf'))
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399), 2 ** 1000 / 2 ** 999)
print(round(0.5), round(1.5), round(2.675, 2), round(-1.5), round(1e20), round(1.23456, 3), round(5, 2), type(round(5.0)), type(round(5.0, 0)))
print(round(123.456, -1), round(-123.456, -2), round(float('inf'), 2), round(float('nan'), 1))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.2), math.floor(3), type(math.floor(3.0)))
class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
r = R()
print(round(r), round(r, 3), math.trunc(r), math.floor(r), math.ceil(r))
class NR: pass
try:
    round(NR())
except TypeError as e:
    print(e)
try:
    math.trunc(NR())
except TypeError as e:
    print(e)
try:
    math.floor(NR())
except TypeError as e:
    print(e)
print(1 == 1.0 == 1+0j, hash(1) == hash(1.0) == hash(1+0j), 0.1 + 0.2 == 0.3, 2**53 + 1 == float(2**53 + 1))
print(1 < 1.5 < 2, 10**30 < 1e31, 10**400 > float('inf'), -10**400 < float('-inf'), 10**400 == float('inf'))
try:
    1j < 2j
except TypeError as e:
    print(e)
print(abs(-3), abs(-3.5), abs(3+4j), abs(-0.0), -(-0.0), +True, -True, ~True, ~5)
print(int('  12  '), int('1_000'), int('0x1f', 16), int('0x1f', 0), int('0b101', 0), int('z', 36), float(' 1e3 '), float('-inf'), float('1_0.5'))
for s in ['1__0', '_1', '0x', '12a', '', '٣']:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
try:
    int('10', 1)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    complex('1+2')
except ValueError as e:
    print(e)
print(complex('1+2j'), complex(' (3-4j) '), complex(1, 2j), complex('inf'), complex(-0.0, -0.0), (1+2j).conjugate(), (3+4j).real)
print(7 .bit_length(), (-7).bit_count(), (255).to_bytes(2, 'big'), int.from_bytes(b'\xff\x00', 'little', signed=True), (1.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
print(True + True, True * 10, True / 2, False ** 0, True & 3, True | False, type(True & False), type(True & 1))
