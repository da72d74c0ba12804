# teaching-style: bank account with properties, class/static methods, exceptions
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _count = 0
    interest = 0.015

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing", self.owner)
        self._balance = 0

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def validate(amount):
        if not isinstance(amount, (int, float)):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError(f"amount must be positive: {amount!r}")
        return amount

    def deposit(self, amount):
        self._balance += self.validate(amount)
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        self.validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:,.2f})"

class Savings(Account):
    interest = 0.03
    def add_interest(self):
        self._balance *= 1 + self.interest
        return self

a = Account("ann", 100)
b = Savings("bob", 1234567.891)
a.deposit(50).withdraw(30)
print(a, b)
for bad in ["x", -5, 0, 10**6]:
    try:
        a.withdraw(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    except InsufficientFunds as e:
        print("IF", e, e.needed, e.args)
try:
    a.balance = -1
except ValueError as e:
    print(e)
a.balance = 10
print(a.balance)
del a.balance
print(a.balance, Account.count(), Savings.count())
print(b.add_interest())
print(a.history)
print(f"{b.balance:>20,.3f}|{b.balance:<15.1e}|{b.balance:^+12.0f}|")
print(sorted([a, b], key=lambda acc: acc.balance))
try:
    a.balance.x = 1
except AttributeError as e:
    print(e)
print(Account.balance.__doc__, type(Account.__dict__['count']).__name__)
try:
    Account.validate()
except TypeError as e:
    print(e)
