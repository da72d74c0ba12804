from collections import deque
x = 987654321
def rnd(n):
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return (x >> 33) % n
for trial in range(60):
    maxlen = None if rnd(3) else rnd(6)
    d = deque(maxlen=maxlen); l = []
    for step in range(300):
        op = rnd(12)
        v = rnd(100)
        try:
            if op == 0: d.append(v); l.append(v)
            elif op == 1: d.appendleft(v); l.insert(0, v)
            elif op == 2:
                a = d.pop() if d else None; b = l.pop() if l else None; assert a == b
            elif op == 3:
                a = d.popleft() if d else None; b = l.pop(0) if l else None; assert a == b
            elif op == 4:
                k = rnd(7) - 3; d.rotate(k)
                if l: k %= len(l); l[:] = l[-k:] + l[:-k] if k else l
            elif op == 5:
                if l: i = rnd(len(l)); assert d[i] == l[i]; d[i] = v; l[i] = v
            elif op == 6:
                if l: i = rnd(len(l)); del d[i]; del l[i]
            elif op == 7:
                if maxlen is None or len(l) < maxlen: i = rnd(len(l) + 3) - 1; d.insert(i, v); l.insert(i, v)
            elif op == 8: ext = [rnd(10) for _ in range(rnd(5))]; d.extend(ext); l.extend(ext)
            elif op == 9: ext = [rnd(10) for _ in range(rnd(5))]; d.extendleft(ext); l[:0] = ext[::-1]
            elif op == 10: d.reverse(); l.reverse()
            elif op == 11:
                if v in l: d.remove(v); l.remove(v)
            if maxlen is not None and len(l) > maxlen:
                if op in (1, 9): del l[maxlen:]
                else: del l[:len(l) - maxlen]
        except Exception as e:
            print('ERR', trial, step, op, type(e).__name__, e); raise
        assert list(d) == l, (trial, step, op, list(d), l)
        assert list(reversed(d)) == l[::-1]
print('ok')
