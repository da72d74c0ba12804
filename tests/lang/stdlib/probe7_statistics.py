import statistics as st
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.5, 3.1, 2.2]
print(st.mean(data), st.median(data), st.mode(data), st.median_low(data), st.median_high(data))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.fmean([1, 2, 4]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([1, 2, 4]))
print(st.multimode('aabbbcccd'), st.multimode([]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method='inclusive'))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.mode(['red', 'blue', 'red']))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal('1.5'), Decimal('2.5')]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3, 4], [2, 4, 5, 9]), st.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]))
for f, a in [(st.mean, []), (st.stdev, [1]), (st.mode, []), (st.harmonic_mean, [-1, 2]), (st.variance, [])]:
    try:
        print(f(a))
    except st.StatisticsError as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.975), nd.pdf(100), nd.mean, nd.stdev, nd.variance)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), nd.zscore(130), round(nd.overlap(st.NormalDist(110, 15)), 6))
