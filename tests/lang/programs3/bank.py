from decimal import Decimal, ROUND_HALF_EVEN
import contextlib

class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
class AccountFrozen(BankError):
    pass

CENT = Decimal("0.01")
class Account:
    _next_id = 1000
    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Decimal(balance).quantize(CENT)
        self.history = []
        self.frozen = False
        Account._next_id += 1
        self.id = Account._next_id
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        amount = Decimal(amount)
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def __repr__(self):
        return f"<Account {self.id} {self.owner!r} {self._balance}>"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer failed") from e
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise

alice = Account("alice", "100.005")
bob = Account("bob", "50")
print(alice, bob)
transfer(alice, bob, "30.50")
print(alice, bob)
for amt in ["1000", "-5", "abc"]:
    try:
        transfer(alice, bob, amt)
    except BankError as e:
        print("BankError:", e, "| cause:", repr(e.__cause__))
    except ValueError as e:
        print("ValueError:", e)
    except Exception as e:
        print(type(e).__name__, type(e).__mro__[1].__name__)
bob.frozen = True
try:
    transfer(alice, bob, "10")
except AccountFrozen as e:
    print("frozen:", e, e.__context__, alice.balance)
rate = Decimal("0.0375")
bal = Decimal("1000.00")
for year in range(1, 4):
    interest = (bal * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    bal += interest
    print(f"year {year}: interest {interest:>8} balance {bal:>10}")
print(alice.history, sum(a for k, a in alice.history if k == "dep"))

class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
    def __enter__(self):
        self.snap = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            for a, b, n in self.snap:
                a._balance = b
                del a.history[n:]
            print("rolled back due to", et.__name__)
            return issubclass(et, BankError)
        return False
bob.frozen = False
with Transaction(alice, bob):
    alice.withdraw(10)
    bob.deposit(10)
    alice.withdraw(500)
print(alice, bob)
try:
    with Transaction(alice):
        alice.withdraw(1)
        raise KeyError("oops")
except KeyError as e:
    print("KeyError escaped", e, alice)
with contextlib.suppress(InsufficientFunds):
    bob.withdraw(10**6)
print("suppressed")
try:
    try:
        alice.withdraw("1e9")
    finally:
        print("finally runs")
except BankError as e:
    print(isinstance(e, Exception), e.args, e.amount)
