# hash() of a tuple nested 100,000 deep raises RecursionError in safepy; CPython 3.11
# recurses on the C stack (and crashes with a smaller stack), so the expected output is
# written by hand.
t = None
for _ in range(100000):
    t = (t,)
try:
    hash(t)
    print("ok")
except RecursionError:
    print("RecursionError")
