# Bank account simulation with classes, custom exceptions and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount:.2f}; balance is {account.balance:.2f}')
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f'account {self.id} is frozen')
        if amount <= 0:
            raise ValueError(f'amount must be positive, got {amount}')

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self.balance:.2f})'


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src_id, dst_id, amount):
        src = self.accounts[src_id]
        dst = self.accounts[dst_id]
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except BankError:
            src.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, 'Alice', 100.0)
bob = bank.open(SavingsAccount, 'Bob', 250.0, 0.05)
carol = bank.open(Account, 'Carol')
print(alice, bob, carol)

operations = [
    ('deposit', alice.id, 50),
    ('withdraw', carol.id, 10),
    ('transfer', bob.id, carol.id, 75.5),
    ('deposit', alice.id, -5),
    ('freeze', carol.id),
    ('transfer', alice.id, carol.id, 20),
    ('transfer', alice.id, 9999, 1),
    ('withdraw', bob.id, 1000),
]
for op in operations:
    kind = op[0]
    try:
        if kind == 'deposit':
            bank.accounts[op[1]].deposit(op[2])
        elif kind == 'withdraw':
            bank.accounts[op[1]].withdraw(op[2])
        elif kind == 'transfer':
            bank.transfer(op[1], op[2], op[3])
        elif kind == 'freeze':
            bank.accounts[op[1]].frozen = True
        print('ok     ', op)
    except InsufficientFunds as e:
        print('refused', op, '-', e)
    except AccountFrozen as e:
        print('frozen ', op, '-', e)
    except KeyError as e:
        print('no such account', e)
    except ValueError as e:
        print('invalid', op, '-', e)

print('interest for Bob:', bob.add_interest())
for acct in bank.accounts.values():
    print(f'{acct.owner:<6} {acct.balance:>10.2f} {len(acct.history)} transactions')
    for kind, amount in acct.history:
        print(f'    {kind:<8} {amount:>8.2f}')
print(f'Total holdings: {bank.total():.2f}')
print(isinstance(bob, Account), issubclass(InsufficientFunds, BankError))
