# Nested if statements, pass, and single-line forms.
def describe(a, b):
    if a > 0:
        if b > 0:
            return 'both positive'
        else:
            return 'only a positive'
    else:
        if b > 0:
            return 'only b positive'
        pass
    return 'neither'
for a, b in [(1, 1), (1, -1), (-1, 1), (-1, -1)]:
    print(a, b, describe(a, b))
if True: print('one-liner')
if False: print('never')
else: print('else one-liner')
if 1: pass
x = 5
if x > 3: y = 'big'; z = 'yes'
print(y, z)
