def f(x):
    return x / 0

print('before')
f(1)
print('not reached')
