# sys.set_asyncgen_hooks / get_asyncgen_hooks and asyncio closing async generators
import asyncio, sys
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__)
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(1)
except TypeError as e:
    print(e)
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__))
h = sys.get_asyncgen_hooks()
print(h.finalizer, h[1], len(h), h.firstiter is h[0])

async def ag(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print("finally", tag)

g = ag("manual")
print(seen)
c = g.__anext__()
print(seen)
try:
    c.send(None)
except StopIteration as e:
    print("got", e.value)
g.asend(None)
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())

def bad_hook(g):
    raise ValueError("hook failed")
sys.set_asyncgen_hooks(firstiter=bad_hook)
try:
    ag("bad").__anext__()
except ValueError as e:
    print("hook error:", e)
sys.set_asyncgen_hooks(None, None)

async def main():
    print("inside", sys.get_asyncgen_hooks().firstiter is not None)
    async for x in ag("a"):
        if x == 1:
            break
    print("after break")
    g = ag("b")
    async for x in g:
        break
    await g.aclose()
    print("closed b")
    async for x in ag("c"):
        pass
    print("done c")
    await asyncio.sleep(0)
    print("after sleep")

asyncio.run(main())
print("end", sys.get_asyncgen_hooks())
