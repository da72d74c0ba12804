class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self
acct = Account(100)
acct.withdraw(30).withdraw(50)
print(acct.balance)
acct.withdraw(10).withdraw(50)
