import math
xs = [0.5, 1.5, 2.5, 3.3, 7.7, 10.1, 25.5, 50.25, 100.5, 150.3, 170.5, -0.5, -1.5, -2.5, -10.3, 0.001, 1e-5, 1e-20, 171.5, 0.1, 0.9, 1.1, 1.9, 2.1, 5.5, 12.34, -0.1, -3.9]
for x in xs:
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try: print(f.__name__, x, repr(f(x)))
        except Exception as e: print(f.__name__, x, type(e).__name__, e)
