# Conditions are evaluated lazily and only once per branch test.
calls = []
def check(name, result):
    calls.append(name)
    return result
if check('a', False):
    pass
elif check('b', True):
    pass
elif check('c', True):
    pass
print(calls)
calls.clear()
if check('x', True) or check('y', True):
    pass
print(calls)
calls.clear()
if check('x', 0) and check('y', 1):
    pass
else:
    calls.append('else')
print(calls)
