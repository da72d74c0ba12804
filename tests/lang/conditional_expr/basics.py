# Conditional expressions: a if cond else b, lazily evaluated.
for n in [-2, 0, 3]:
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 5
print('even' if x % 2 == 0 else 'odd')
def boom():
    raise RuntimeError('should not be evaluated')
print('safe' if True else boom())
print(boom() if False else 'also safe')
print([('big' if v > 2 else 'small') for v in range(5)])
y = (1 if x else 2) + 10
print(y)
print((lambda v: 'yes' if v else 'no')([]))
a = None
print(a.upper() if a else 'default')
print(1 if 0 else 2 if 0 else 3)
print((1 if True else 2) * 10, 1 if True else 2 * 10)
