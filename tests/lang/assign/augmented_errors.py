# Augmented assignment errors: undefined name, bad types.
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
def f():
    counter += 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x = 'a'
try:
    x -= 'b'
except TypeError as e:
    print(type(e).__name__, e)
y = [1]
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
z = 5
try:
    z += None
except TypeError as e:
    print(type(e).__name__, e)
w = {}
try:
    w['missing'] += 1
except KeyError as e:
    print(type(e).__name__, e)
s = 'x'
try:
    s *= 'y'
except TypeError as e:
    print(type(e).__name__, e)
