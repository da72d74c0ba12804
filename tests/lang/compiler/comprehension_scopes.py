# Comprehensions run in their own scope; the first iterable is evaluated in the
# enclosing scope (once, eagerly, even for generator expressions); later iterables and
# conditions per item; walrus binds in the enclosing function.
def order():
    log = []
    def it(name, n):
        log.append('iter ' + name)
        return range(n)
    g = ((a, b) for a in it('outer', 2) for b in it('inner', 2))
    log.append('created')
    items = list(g)
    return log, items
print(order())

x = 'module'
print([x for x in 'ab'], x)
print({k: v for k, v in zip('ab', range(2))}, sorted({c * 2 for c in 'aab'}))
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([[y * z for z in range(3)] for y in range(2)])

def leak_check():
    i = 'kept'
    [i for i in range(3)]
    return i
print(leak_check())

def walrus_binds_outer():
    total = 0
    partial = [total := total + v for v in range(4)]
    return total, partial
print(walrus_binds_outer())

def closure_over_comp_var():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(closure_over_comp_var())

class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals[0] for _ in range(1)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

gen = (c.upper() for c in 'hey')
print(next(gen), list(gen), list(gen))
print(sum(n * n for n in range(10)), max((len(w), w) for w in ['aa', 'b', 'ccc']))

def genexp_frame():
    g = (i for i in [1])
    return type(g).__name__, g.__name__ if hasattr(g, '__name__') else None
print(genexp_frame())

def nested_free():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]
print(nested_free())

try:
    [1 for _ in 5]
except TypeError as e:
    print('TypeError', e)
