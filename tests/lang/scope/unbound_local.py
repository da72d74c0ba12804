# Assigning anywhere in a function makes the name local everywhere in it.
count = 10
def bad():
    print(count)
    count = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def bad_aug():
    count += 1
try:
    bad_aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
