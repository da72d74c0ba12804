# int / int is the correctly rounded quotient even for huge operands; overflow and
# underflow as CPython.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 1 / 3)
t(lambda: 2 / 3)
t(lambda: -1 / 3)
t(lambda: 10**30 / 7)
t(lambda: (2**53 + 1) / 1)
t(lambda: (2**54 + 3) / 2)
t(lambda: 10**400 / 10**399)
t(lambda: 10**400 / 1)
t(lambda: 1 / 10**400)
t(lambda: -1 / 10**400)
t(lambda: 2**1074 / 3**700)
t(lambda: (2**1024 - 2**970) / 1)
t(lambda: (2**1024 - 2**970 - 1) / 1)
t(lambda: 3**1000 / 7**355)
t(lambda: 1 / 0)
t(lambda: 0 / 5)
t(lambda: -0 / 5)
t(lambda: 7 / -7)
t(lambda: True / 2)
t(lambda: 12345678901234567890 / 10)
