# A for loop closes a generator it leaves early only when the call just before made it
# by calling the generator function itself. A generator made inside C code that keeps
# it (functools.lru_cache, a defaultdict factory) must stay usable after the loop; a
# loop in a generator's frame that an exception or close() ends closes its generator.
import collections
import functools

log = []


def gen(tag, n=4):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed " + tag)


def show(label):
    print(label, log)
    log.clear()


cached = functools.lru_cache(gen)
for x in cached("lru"):
    print("first", x)
    break
show("after first loop")
for x in cached("lru"):
    print("second", x)
    break
show("after second loop")
print("cache hit is the same generator:", cached("lru") is cached("lru"))

factory = collections.defaultdict(lambda: gen("dd"))
for x in factory.__getitem__("k"):
    print("dd", x)
    break
for x in factory["k"]:
    print("dd again", x)
    break
show("defaultdict")


class Holder:
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            log.append("closed method")


bound = Holder().items
for x in bound():
    break
show("bound method")
args = ("star",)
for x in gen(*args):
    break
show("call with *args")
for x in bound(*()):
    break
show("bound method with *args")


def raises_in_loop():
    for x in gen("gen frame raise"):
        yield x
        raise KeyError("k")


try:
    for y in raises_in_loop():
        pass
except KeyError:
    show("generator raised out of its loop")


def suspended_in_loop():
    for x in gen("gen frame close"):
        yield x


it = suspended_in_loop()
next(it)
it.close()
show("outer closed")
it = suspended_in_loop()
next(it)
try:
    it.throw(ValueError("v"))
except ValueError:
    show("outer thrown into")

# clean up what is still suspended, so nothing is left for shutdown
for g in (cached("lru"), factory["k"]):
    g.close()
show("end")
