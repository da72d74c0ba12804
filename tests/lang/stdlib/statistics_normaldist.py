from statistics import NormalDist, StatisticsError
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
n = NormalDist(100, 15)
for p in (0.5, 0.025, 0.975, 0.1, 0.9, 1e-10, 1 - 1e-10, 0.3, 0.42, 0.6, 1e-300, 0.999):
    t(n.inv_cdf, p); t(NormalDist().inv_cdf, p)
print(n.quantiles(), NormalDist().quantiles(10), n.quantiles(n=3))
t(n.inv_cdf, 0); t(n.inv_cdf, 1); t(NormalDist(0, 0).inv_cdf, 0.5)
for x in (-3, -1, 0, 0.5, 2, 10):
    print(NormalDist().pdf(x), NormalDist().cdf(x), NormalDist(1, 2).zscore(x))
print(NormalDist(1, 2) * 3, 3 * NormalDist(1, 2), NormalDist(1, 2) / 2, -NormalDist(1, 2), +NormalDist(1, 2), NormalDist(1, 2) + NormalDist(3, 4), 5 - NormalDist(1, 2), NormalDist(1,2).median, NormalDist(1,2).mode)
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 2)), NormalDist(5, 1) == NormalDist(5.0, 1.0), hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))
t(NormalDist().overlap, 5); t(NormalDist(0, 0).overlap, NormalDist()); t(NormalDist.from_samples, [1]); t(NormalDist(0,0).zscore, 1)
