# Stores to module globals (STORE_NAME at module level, STORE_GLOBAL in functions) keep
# the entry they hit for the next store: every way the dict can change under it.
total = 0
for i in range(5):
    total = total + i
print(total, i)

def bump(n):
    global counter
    for _ in range(n):
        counter = counter + 1

counter = 0
bump(3)
print(counter)
del counter
try:
    bump(1)
except NameError as e:
    print("NameError", e)
globals()["counter"] = 10
bump(2)
print(counter)
# many new globals between two stores: the dict grows and renumbers its entries
for k in range(200):
    globals()["g%d" % k] = k
bump(2)
print(counter, g0, g199)
for k in range(200):
    del globals()["g%d" % k]
bump(1)
print(counter, "g5" in globals())
# delete and re-add in another order
del counter
x_before = 1
counter = 100
bump(1)
print(counter)

# exec with fresh dicts: one code object, several namespaces
code = compile("for j in range(3):\n    acc = acc * 2 + j\n", "<s>", "exec")
for start in (0, 1, 5):
    ns = {"acc": start}
    exec(code, ns)
    print(ns["acc"], ns["j"])

class D(dict):
    def __setitem__(self, k, v):
        print("never called for a global store")
        dict.__setitem__(self, k, v)

ns = D(acc=2)
exec(code, ns)
print(ns["acc"])
# a global function's store seen through another module-level name lookup
def setter(v):
    global shared
    shared = v
for v in ("a", "b", "c"):
    setter(v)
    print(shared, globals()["shared"])
# class bodies store into their own namespace, not through the globals cache
class K:
    for q in range(3):
        attr = q
print(K.attr, K.q, "attr" in globals())
