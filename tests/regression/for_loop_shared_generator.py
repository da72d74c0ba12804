# A for loop closes the generator it iterates when it leaves early only if nothing else
# can refer to it: a generator made earlier and handed back by a call (iter(g), a getter,
# a method returning a stored one) must stay usable after the loop.
def gen(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", tag)

for x in gen("direct", 3):
    if x == 1:
        break
print("after direct")

g = gen("iter", 4)
for x in iter(g):
    break
print("resumed", next(g), list(g))

stored = gen("getter", 4)
def get():
    return stored
for x in get():
    break
print("resumed", next(stored))
stored.close()

class Box:
    def __init__(self):
        self.g = gen("method", 3)
    def items(self):
        return self.g
b = Box()
for x in b.items():
    break
print("resumed", list(b.g))

def ident(x):
    return x
h = gen("ident", 3)
for x in ident(h):
    if x == 0:
        break
print("resumed", next(h))
h.close()

class It:
    def __iter__(self):
        yield "a"
        yield "b"
for x in It():
    break
print("after __iter__")

def early():
    for x in gen("return", 5):
        return x
print("returned", early())
try:
    for x in gen("raise", 5):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)
