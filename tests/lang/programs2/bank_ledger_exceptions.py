# Bank ledger with a custom exception hierarchy, raise from, finally, else.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account} needs {needed} more")
        self.account = account
        self.needed = needed

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    pass


class Bank:
    def __init__(self):
        self.accounts = {}
        self.frozen = set()
        self.log = []

    def open(self, name, amount=0):
        self.accounts[name] = amount
        self.log.append(("open", name, amount))

    def _get(self, name):
        try:
            return self.accounts[name]
        except KeyError as e:
            raise UnknownAccount(name) from e

    def withdraw(self, name, amount):
        bal = self._get(name)
        if name in self.frozen:
            raise AccountFrozen(name)
        if bal < amount:
            raise InsufficientFunds(name, amount - bal)
        self.accounts[name] = bal - amount
        self.log.append(("withdraw", name, amount))

    def deposit(self, name, amount):
        self._get(name)
        if amount <= 0:
            raise ValueError(f"bad amount: {amount}")
        self.accounts[name] += amount
        self.log.append(("deposit", name, amount))

    def transfer(self, src, dst, amount):
        snapshot = dict(self.accounts)
        try:
            self.withdraw(src, amount)
            self.deposit(dst, amount)
        except BankError:
            self.accounts = snapshot
            self.log.append(("rollback", src, dst))
            raise
        else:
            self.log.append(("transfer", src, dst, amount))
            return True
        finally:
            self.log.append(("end-transfer",))


bank = Bank()
bank.open("alice", 100)
bank.open("bob", 50)
bank.open("carol")

ops = [
    ("transfer", "alice", "bob", 30),
    ("transfer", "bob", "carol", 500),
    ("transfer", "alice", "dave", 10),
    ("withdraw", "carol", 1),
    ("deposit", "carol", -5),
    ("freeze", "bob"),
    ("transfer", "bob", "alice", 10),
    ("deposit", "bob", 25),
]

for op in ops:
    kind, *args = op
    try:
        if kind == "freeze":
            bank.frozen.add(args[0])
            result = "frozen"
        else:
            result = getattr(bank, kind)(*args)
    except InsufficientFunds as e:
        print(f"{kind}{tuple(args)}: insufficient: {e} (needed={e.needed})")
    except UnknownAccount as e:
        cause = e.__cause__
        print(f"{kind}{tuple(args)}: unknown account {e.args[0]!r}, cause={type(cause).__name__}({cause})")
        print("   is KeyError:", isinstance(e, KeyError), "str:", str(e))
    except BankError as e:
        print(f"{kind}{tuple(args)}: bank error {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{kind}{tuple(args)}: value error: {e}")
    else:
        print(f"{kind}{tuple(args)}: ok -> {result}")

print("balances:", sorted(bank.accounts.items()))
for entry in bank.log:
    print("  log:", entry)

def nested_finally():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(f"body{i}")
            finally:
                out.append(f"inner{i}")
        finally:
            out.append(f"outer{i}")
    return out

print(nested_finally())

def return_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(return_in_finally())

def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("inner")
    except ValueError as e:
        ctx = e.__context__
        return f"{type(e).__name__}: {e}; context={type(ctx).__name__}: {ctx}; suppress={e.__suppress_context__}"

print(chain())

def from_none():
    try:
        try:
            {}["x"]
        except KeyError:
            raise LookupError("clean") from None
    except LookupError as e:
        return (e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

print(from_none())
print(InsufficientFunds.__mro__[1].__name__, [c.__name__ for c in UnknownAccount.__mro__])
e = InsufficientFunds("zed", 7)
print(e.args, repr(e))
