# Conditional expressions in arguments, returns, f-strings, defaults and indices.
def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)
print([sign(n) for n in [-5, 0, 7]])
items = ['a', 'b', 'c']
i = 5
print(items[i if i < len(items) else -1])
count = 1
print(f'{count} item{"" if count == 1 else "s"}')
count = 3
print(f'{count} item{"" if count == 1 else "s"}')
def greet(name=None):
    return 'Hello ' + (name if name is not None else 'stranger')
print(greet(), greet('Ann'))
print(max(3, 9) if 3 < 9 else min(3, 9))
d = {'k': 1}
print(d['k'] if 'k' in d else None, d['z'] if 'z' in d else None)
