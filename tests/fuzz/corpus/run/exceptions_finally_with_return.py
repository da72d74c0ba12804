# return in finally overrides return in try and swallows exceptions.
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def m():
    items = []
    try:
        return items
    finally:
        items.append('added in finally')
print(m())
