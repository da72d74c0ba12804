import heapq, bisect
x = 42
def rnd(n):
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return (x >> 33) % n
for trial in range(40):
    h = []; model = []
    for step in range(200):
        op = rnd(5); v = rnd(50)
        if op == 0: heapq.heappush(h, v); model.append(v)
        elif op == 1 and h:
            a = heapq.heappop(h); model.sort(); b = model.pop(0); assert a == b
        elif op == 2 and h:
            a = heapq.heapreplace(h, v); model.sort(); b = model.pop(0); model.append(v); assert a == b
        elif op == 3:
            a = heapq.heappushpop(h, v); model.append(v); model.sort(); b = model.pop(0); assert a == b
        elif op == 4:
            lst = [rnd(100) for _ in range(rnd(20))]; heapq.heapify(lst)
            assert all(lst[i] <= lst[c] for i in range(len(lst)) for c in (2 * i + 1, 2 * i + 2) if c < len(lst))
        assert sorted(h) == sorted(model)
        assert all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
    s = sorted(rnd(30) for _ in range(rnd(40)))
    for q in range(-1, 32):
        assert bisect.bisect_left(s, q) == sum(1 for e in s if e < q)
        assert bisect.bisect_right(s, q) == sum(1 for e in s if e <= q)
        lo = rnd(len(s) + 1); hi = lo + rnd(len(s) - lo + 1)
        assert bisect.bisect_left(s, q, lo, hi) == lo + sum(1 for e in s[lo:hi] if e < q)
print('ok', h[:5])
