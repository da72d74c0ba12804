# Counter closures using nonlocal keep independent state.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = make_account(10)
print(dep(5), wd(3), wd(100), dep(0))
