# lambdas close over enclosing function variables like normal functions.
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc, lambda: count
inc, get = counter()
inc(); inc()
print(get())
adders = {name: (lambda v, k=k: v + k) for name, k in [('one', 1), ('ten', 10)]}
print(adders['one'](5), adders['ten'](5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(double, triple)(1), compose(str, len)('abcd'))
