# lambdas in a loop capture variables, not values; default args capture values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = []
for j in range(3):
    hs.append(lambda: j)
j = 'changed'
print([h() for h in hs])
x = 1
f = lambda: x
x = 2
print(f())
def make(n):
    return lambda: n
ms = [make(k) for k in range(3)]
print([m() for m in ms])
