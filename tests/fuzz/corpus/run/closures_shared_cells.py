# Multiple closures created in one call share the same cell.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = pair()
g2, s2 = pair()
s(42)
print(g(), g2())
s2('other')
print(g(), g2())
def memo():
    cache = {}
    def lookup(k):
        if k not in cache:
            cache[k] = k * k
        return cache[k], len(cache)
    return lookup
lk = memo()
print(lk(3), lk(4), lk(3))
