# A small tour of what safepy runs: classes, closures, generators, exceptions,
# comprehensions and formatting, printed exactly as CPython 3.11 prints them.

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


accounts = [Account(name, 100 * i) for i, name in enumerate(["ann", "bob", "cy"], 1)]
print(accounts)
for acc in accounts:
    try:
        print(acc.owner, "->", acc.withdraw(150))
    except ValueError as e:
        print("error:", e)

tick = counter()
print([tick() for _ in range(3)])
gen = fib()
print([next(gen) for _ in range(12)])
print({n: n ** 2 for n in range(6) if n % 2 == 0})
print(f"{2 ** 100:,} | {1 / 3:.5f} | {'centre':^12} |")
