class Account:
    def __init__(self): self.balance = 0
a = Account()
print(a.balanse)
