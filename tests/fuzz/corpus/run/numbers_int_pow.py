# Integer powers: exact results, negative exponents give floats, 0 ** -1 raises, pow with a
# modulus (including negative exponents = modular inverse).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 2 ** 10)
t(lambda: 2 ** 100)
t(lambda: (-2) ** 101)
t(lambda: (-1) ** 10**20)
t(lambda: 1 ** 10**20)
t(lambda: 0 ** 10**20)
t(lambda: 0 ** 0)
t(lambda: 7 ** 0)
t(lambda: 2 ** -1)
t(lambda: 2 ** -1080)
t(lambda: (-2) ** -3)
t(lambda: 10 ** -5)
t(lambda: 0 ** -1)
t(lambda: 3 ** 200 % 1000)
t(lambda: pow(2, 10, 1000))
t(lambda: pow(3, -1, 7))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(-2, 3, 5))
t(lambda: pow(2, 3, -5))
t(lambda: pow(7, 2**70, 10**9 + 7))
t(lambda: pow(5, 0, 1))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(10, 100, -7))
t(lambda: pow(3, -5, 2**61 - 1))
