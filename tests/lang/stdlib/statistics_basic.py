import statistics as st
from statistics import *
from fractions import Fraction as F
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 4)], [1, 2.5, F(1, 3)],
            [1e100, 1, -1e100, 3], [0.1] * 7, [3, 1, 4, 1, 5, 9, 2, 6], [True, False, True], list(range(10**6, 10**6 + 11)),
            [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [10**20, 10**20 + 1, 10**20 + 3], [-1.5, 0.0, 2.25]]
for d in datasets:
    print('--', d[:4])
    for f in (mean, fmean, median, median_low, median_high, median_grouped, mode, multimode, pstdev, pvariance, stdev, variance):
        t(f, d)
    t(quantiles, d); t(quantiles, d, n=10); t(quantiles, d, method='inclusive'); t(geometric_mean, d); t(harmonic_mean, d)
t(mean, []); t(mean, iter([1, 2])); t(mean, ['a']); t(fmean, []); t(fmean, [1, 2, 3], weights=[1, 2, 3]); t(fmean, [1, 2], [1]); t(fmean, [1, 2], [0, 0])
t(median, []); t(mode, []); t(multimode, []); t(multimode, 'aabbbcccd'); t(mode, 'aabbc'); t(mode, [[1]]); t(stdev, [1]); t(variance, [1]); t(pstdev, []); t(pvariance, [])
t(quantiles, [1]); t(quantiles, [1, 2], n=0); t(quantiles, [1, 2], method='x'); t(geometric_mean, [1, -1]); t(geometric_mean, []); t(harmonic_mean, []); t(harmonic_mean, [1, -1])
t(harmonic_mean, [5]); t(harmonic_mean, [0, 1]); t(harmonic_mean, [40, 60], weights=[5, 30]); t(harmonic_mean, [1, 2], weights=[1]); t(harmonic_mean, ['a'])
t(variance, [1, 2, 3, 4], 2.5); t(pvariance, [1, 2, 3, 4], mu=2); t(stdev, [F(1), F(2), F(4)]); t(variance, [F(1), F(2), F(4)]); t(pstdev, [1.5, 2.5], 2.0)
t(median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2); t(median_grouped, [52, 52, 53, 54]); t(median_grouped, ['a', 'b']); t(median_grouped, [7])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
t(covariance, x, y); t(correlation, x, x[::-1]); t(correlation, x, y); t(linear_regression, x, [2 * v + 1 for v in x]); t(linear_regression, x, y, proportional=True)
t(covariance, [1], [2]); t(correlation, [1, 1], [1, 2]); t(linear_regression, [1, 1], [2, 3]); t(covariance, [1, 2], [1])
lr = linear_regression([1, 2, 3], [2, 4, 7]); print(lr.slope, lr.intercept, tuple(lr))
n = NormalDist(100, 15); print(n, n.mean, n.stdev, n.variance, n.pdf(100), n.cdf(130), n.zscore(85), n + 5, n * 2, n - NormalDist(1, 2), n == NormalDist(100, 15))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
t(NormalDist, 0, -1); t(NormalDist(0, 0).pdf, 1); t(NormalDist(0, 0).cdf, 1)
print(issubclass(StatisticsError, ValueError), type(mean([1, 2])), type(mean([F(1), 2])), type(mean([1.0, 2])), mean([1, 3]), mean([1, 2]))
