# Generators made from closures (the closure cells are copied into each new generator's
# frame: session 20 made that copy cheaper), delegating with `yield from`, closed and
# thrown into through the delegation, summed as nqueens does.
def make(limit):
    log = []
    def inner(depth):
        try:
            if depth == limit:
                yield depth
                return "done%d" % depth
            for i in range(2):
                r = yield from inner(depth + 1)
                log.append((depth, i, r))
        except GeneratorExit:
            log.append(("exit", depth))
            raise
        except ValueError as e:
            log.append(("caught", depth, str(e)))
            yield -depth
        finally:
            log.append(("fin", depth))
        return "r%d" % depth
    return inner, log

inner, log = make(3)
print(sum(inner(0)), len(log), log[:4])

inner, log = make(3)
g = inner(0)
print(next(g), next(g))
g.close()
print(log)

inner, log = make(2)
g = inner(0)
print(next(g))
print(g.throw(ValueError("boom")))
print(list(g))
print(log)

inner, log = make(2)
g = inner(0)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(log)
print(g.gi_frame, list(g))

def counter():
    n = 0
    def gen(k):
        nonlocal n
        for i in range(k):
            n += 1
            yield i
    def total():
        return n
    return gen, total

gen, total = counter()
print(sum(sum(gen(k)) for k in range(40)), total())
print([list(gen(k)) for k in range(4)], total())
gs = [gen(3) for _ in range(5)]
print([next(x) for x in gs], total())
for x in gs:
    x.close()
print(total(), gs[0].gi_frame)
