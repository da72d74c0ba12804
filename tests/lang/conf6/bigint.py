import math, sys
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
a = 3 ** 200
b = -(7 ** 150)
t(lambda: a); t(lambda: b); t(lambda: a + b); t(lambda: a * b); t(lambda: a // b); t(lambda: a % b); t(lambda: divmod(b, 12345678901234567890)); t(lambda: a ** 2 % 1000000007)
t(lambda: pow(a, b % 1000, 10 ** 40 + 7)); t(lambda: pow(a, -1, 10 ** 9 + 7)); t(lambda: a & b); t(lambda: a | b); t(lambda: a ^ b); t(lambda: ~b); t(lambda: b >> 100); t(lambda: b << 70); t(lambda: -1 >> 1000)
t(lambda: a.bit_length()); t(lambda: b.bit_count()); t(lambda: abs(b) == -b); t(lambda: a.to_bytes(40, 'little')[:5]); t(lambda: int.from_bytes(a.to_bytes(40, 'big'), 'big') == a); t(lambda: a.to_bytes(10, 'big'))
t(lambda: float(a)); t(lambda: float(10 ** 309)); t(lambda: a / b); t(lambda: 10 ** 400 / 10 ** 399); t(lambda: (10 ** 400 + 1) / 10 ** 400); t(lambda: 1 / 10 ** 400); t(lambda: 10**400 * 1.0)
t(lambda: math.isqrt(a)); t(lambda: math.gcd(a, 3 ** 50 * 2)); t(lambda: math.lcm(2 ** 70, 3 ** 5)); t(lambda: math.log(a)); t(lambda: math.log10(10 ** 500)); t(lambda: math.log2(2 ** 1000)); t(lambda: math.sqrt(10 ** 400))
t(lambda: math.factorial(30)); t(lambda: str(math.factorial(100))[:20]); t(lambda: math.comb(100, 50)); t(lambda: math.floor(10 ** 30 + 0.5)); t(lambda: round(a, -90)); t(lambda: round(b, -300))
t(lambda: int('1' * 4301)); t(lambda: str(10 ** 4300)); t(lambda: len(str(10 ** 4299))); t(lambda: hex(a)[:20]); t(lambda: int(hex(a), 16) == a); t(lambda: int('0b' + '1' * 5000, 2).bit_length()); t(lambda: format(a, 'x')[:10])
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10 ** 4500))); t(lambda: sys.set_int_max_str_digits(100)); t(lambda: sys.set_int_max_str_digits(640) or str(10 ** 700))
sys.set_int_max_str_digits(0)
t(lambda: len(str(10 ** 5000)))
t(lambda: hash(a) == hash(a % (2 ** 61 - 1))); t(lambda: hash(b)); t(lambda: a == float(a)); t(lambda: a < float('inf')); t(lambda: 2 ** 1024 > 1.7e308); t(lambda: 2 ** 53 + 1 == float(2 ** 53 + 1))
t(lambda: format(a, ',')[:30]); t(lambda: format(b, '_d')[:30]); t(lambda: format(a, '.3e')); t(lambda: format(a, 'e')); t(lambda: '%d' % a == str(a)); t(lambda: '%x' % b == hex(b).replace('0x', ''))
t(lambda: (10 ** 20).__index__()); t(lambda: [0] * (10 ** 20)); t(lambda: 'a' * (2 ** 63)); t(lambda: range(10 ** 20)[10 ** 19]); t(lambda: len(range(10 ** 20))); t(lambda: list(range(10 ** 20, 10 ** 20 + 2)))
t(lambda: (10 ** 20).conjugate()); t(lambda: int(1e20)); t(lambda: int(-1.5e20)); t(lambda: int.bit_length(-2 ** 100)); t(lambda: (2 ** 100).as_integer_ratio()); t(lambda: (-2 ** 64) // 3)
t(lambda: 7 ** 7 ** 2); t(lambda: (-3) ** 41); t(lambda: 0 ** 0); t(lambda: pow(0, 0, 1)); t(lambda: pow(-7, 3, -5)); t(lambda: pow(7, 10 ** 20, 13)); t(lambda: -7 % 10 ** 20); t(lambda: divmod(-10 ** 20, 7))
