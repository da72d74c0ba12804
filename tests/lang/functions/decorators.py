# Function decorators, stacked decorators and decorators with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(n):
    def deco(fn):
        def wrapper(*args):
            return fn(*args) + '!' * n
        return wrapper
    return deco
@shout
def hello(name):
    return 'hello ' + name
@exclaim(3)
@shout
def bye(name):
    return 'bye ' + name
print(hello('ann'), bye('bob'))
print(hello.__name__)
calls = []
def logged(fn):
    def inner(*a):
        calls.append(fn.__name__)
        return fn(*a)
    inner.__name__ = fn.__name__
    return inner
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def cmd_a():
    return 'A'
print(list(reg), reg['cmd_a']())
