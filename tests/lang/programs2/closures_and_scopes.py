# Closures, nonlocal/global, late binding, default args, lambdas and function attributes.

counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count

    def reset(value=start):
        nonlocal count
        count = value

    def peek():
        return count

    increment.reset = reset
    increment.peek = peek
    return increment


c1 = make_counter()
c2 = make_counter(100, -5)
print([c1() for _ in range(3)], [c2() for _ in range(3)], counter_total)
c1.reset()
print(c1.peek(), c1(), c2.peek())
c1.reset(50)
print(c1(), counter_total)

late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])

def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result

print([m(10) for m in make_multipliers()])


def accumulator():
    items = []
    def add(*xs):
        items.extend(xs)
        return len(items)
    return add, items

add, items = accumulator()
add(1, 2)
add(3)
print(items, add.__closure__ is not None, len(add.__closure__))


def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()

print(outer())


def shadow():
    x = 1
    def f():
        x = 2
        def g():
            nonlocal x
            x += 10
            return x
        return g(), x
    return f(), x

print(shadow())

x = "global x"

def read_global():
    return x

def write_global():
    global x
    x = "changed"

print(read_global())
write_global()
print(read_global(), x)


def unbound():
    try:
        print(y_local)
        y_local = 5
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(unbound())


def free_var_error():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        msg = f"NameError: {e}"
    z = 1
    return msg, inner()

print(free_var_error())


def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache

fib, cache = memo_fib()
print(fib(100), len(cache), max(cache))


def pipeline(*funcs):
    def run(value):
        trace = [value]
        for f in funcs:
            value = f(value)
            trace.append(value)
        return value, trace
    return run

p = pipeline(lambda s: s.strip(), str.upper, lambda s: s.replace(" ", "_"), len)
print(p("  hello big world  "))

def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient: {balance} < {amount}")
        balance -= amount
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}

acct = bank(10)
print(acct["deposit"](15), acct["withdraw"](5), acct["balance"]())
try:
    acct["withdraw"](100)
except ValueError as e:
    print(e)


class Scope:
    attr = "class attr"
    items = [attr.upper()]
    squares = [n * n for n in range(4)]

    def method(self):
        return attr if False else Scope.attr

print(Scope.items, Scope.squares, Scope().method())

def gen_closure():
    total = 0
    def gen(n):
        nonlocal total
        for i in range(n):
            total += i
            yield total
    return gen, lambda: total

g, get_total = gen_closure()
print(list(g(5)), get_total(), list(g(3)), get_total())

funcs = {}
for name in ["double", "triple", "square"]:
    if name == "double":
        funcs[name] = lambda v: v * 2
    elif name == "triple":
        funcs[name] = lambda v: v * 3
    else:
        funcs[name] = lambda v: v ** 2
print({k: f(7) for k, f in sorted(funcs.items())})

def kw_defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c

print(kw_defaults(1), kw_defaults(2), kw_defaults(3, []), kw_defaults(4, c={}))
print(kw_defaults.__defaults__, kw_defaults.__kwdefaults__)
print(kw_defaults.__name__, kw_defaults.__code__.co_argcount, kw_defaults.__code__.co_kwonlyargcount)

def counter_gen():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1

cg = counter_gen()
print(next(cg), next(cg), next(cg), cg.send("reset"), next(cg))

adders = [(lambda n: (lambda x: x + n))(n) for n in range(3)]
print([a(10) for a in adders])
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda x, /, y, *, z: x + y + z)(1, y=2, z=3))
