class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise ValueError(f'insufficient funds: {self.bal} < {amt}')
        self.bal -= amt
def process(accts, amts):
    for a, m in zip(accts, amts):
        try:
            a.withdraw(m)
        except ValueError as e:
            raise RuntimeError('batch failed') from e
process([Account(10), Account(5)], [3, 8])
