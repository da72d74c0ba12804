# Only the selected branch of a conditional expression is evaluated.
log = []
def a():
    log.append('a')
    return 'A'
def b():
    log.append('b')
    return 'B'
def cond(v):
    log.append('cond')
    return v
r1 = a() if cond(True) else b()
print(r1, log)
log.clear()
r2 = a() if cond(False) else b()
print(r2, log)
log.clear()
d = {}
value = d['missing'] if 'missing' in d else 'safe default'
print(value)
n = 0
ratio = 10 / n if n else float('inf')
print(ratio)
items = []
first = items[0] if items else None
print(first)
