# An exception raised inside a method shows the method frame in the traceback.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount


acct = Account(10)
acct.withdraw(3)
print('balance', acct.balance)
acct.withdraw(100)
