import statistics as st
from fractions import Fraction
from decimal import Decimal
def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
for f in (st.mean, st.median, st.median_low, st.median_high, st.mode, st.multimode, st.pstdev, st.stdev, st.pvariance, st.variance, st.fmean, st.geometric_mean, st.harmonic_mean):
    show(f, data)
for f in (st.mean, st.median, st.median_low, st.median_high, st.mode, st.stdev, st.variance, st.fmean, st.geometric_mean, st.harmonic_mean, st.multimode, st.pstdev):
    show(f, [])
show(st.stdev, [1]); show(st.variance, [1]); show(st.pvariance, [1]); show(st.median, [3, 1, 2, 4]); show(st.median_low, [3, 1, 2, 4]); show(st.median_high, [3, 1, 2, 4])
show(st.mode, ['a', 'b', 'b', 'a']); show(st.multimode, 'aabbc'); show(st.mode, [1.5]); show(st.multimode, [])
show(st.mean, [Fraction(1, 2), Fraction(1, 3)]); show(st.mean, [Decimal('1.1'), Decimal('2.2')]); show(st.mean, [1, 2.5]); show(st.mean, ['a'])
show(st.variance, [Fraction(1), Fraction(2), Fraction(4)]); show(st.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show(st.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); show(st.quantiles, range(1, 11), n=10); show(st.quantiles, [1, 2, 3], n=4, method='inclusive')
show(st.quantiles, [1], n=4); show(st.quantiles, [1, 2], n=0); show(st.quantiles, [1, 2], method='x')
show(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5]); show(st.median_grouped, [52, 52, 53, 54], interval=2)
show(st.harmonic_mean, [40, 60], weights=[5, 30]); show(st.harmonic_mean, [1, -1]); show(st.geometric_mean, [1, 0]); show(st.geometric_mean, [-1, 2])
show(st.correlation, [1, 2, 3], [2, 4, 7]); show(st.covariance, [1, 2, 3], [1, 2, 3]); show(st.linear_regression, [1, 2, 3], [2, 4, 6.5])
show(st.correlation, [1, 1], [2, 3]); show(st.covariance, [1], [2]); show(st.linear_regression, [1, 2], [1])
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 10), round(nd.pdf(100), 10), round(nd.inv_cdf(0.975), 8), [round(x, 6) for x in nd.quantiles(4)])
print(round(nd.overlap(st.NormalDist(110, 15)), 10), nd + 10, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4]), round(nd.zscore(115), 10))
show(st.NormalDist, 0, -1); show(nd.inv_cdf, 1.5); show(st.NormalDist.from_samples, [1])
print(st.pstdev([1, 2, 3, 4], mu=2.5), st.variance([1, 2, 3, 4], xbar=2.5), type(st.StatisticsError).__mro__[1].__name__)
