# Infinity and NaN behaviour.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(repr(inf), repr(nan))
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf + 1, inf - inf, inf * 0, inf * -1)
print(float('Infinity'), float('-INF'), float('NaN'), float('-nan'))
print(1e308 * 10, -1e308 * 10)
x = nan
print(x is x, x == x, [x] == [x])
print(inf / inf)
print(int(1e18))
for bad in (inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
