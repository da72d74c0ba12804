# del with tuple/list targets and in loops; objects survive while referenced.
data = [1, 2]
alias = data
del data
print(alias)
x = y = 'shared'
del x
print(y)
[p, q] = 1, 2
del [p, q]
print('p' in globals(), 'q' in globals())
for i in range(3):
    tmp = i * 2
    del tmp
print('tmp' in globals(), i)
cache = {k: k * k for k in range(5)}
for k in list(cache):
    if k % 2:
        del cache[k]
print(cache)
holder = {'obj': [1, 2, 3]}
ref = holder['obj']
del holder['obj']
print(ref, holder)
