# sorting: list.sort and sorted with key functions (lambdas, tuples, methods), reverse,
# stability checks, sorting strings and records, min/max with keys.
class Rec:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score
    def key(self):
        return (self.age, -self.score)

def gen(n):
    x = 12345
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100000)
    return out

def run(n):
    nums = gen(n)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    c = sorted(nums, key=lambda v: (v % 1000, v))
    strs = ["s%05d" % v for v in nums[: n // 2]]
    d = sorted(strs, key=str.lower)
    recs = [Rec("n%d" % (v % 977), v % 90, v % 1000) for v in nums[: n // 2]]
    e = sorted(recs, key=Rec.key)
    f = sorted(recs, key=lambda r: r.name)
    recs.sort(key=lambda r: r.score, reverse=True)
    pairs = [(v % 10, i) for i, v in enumerate(nums[:20000])]
    pairs.sort(key=lambda p: p[0])
    stable = all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0])
    m = max(recs, key=lambda r: (r.score, r.name)).name
    return a[n // 2], b[10], c[:3], d[:2], e[0].name, f[-1].name, recs[0].score, stable, m

print(run(100000))
