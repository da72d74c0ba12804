# 'f' formatting of floats (float_format.c fixed_fast: |x| * 10^prec rounded in double
# arithmetic when its fraction is far from one half) and the exact dtoa_digits fallback
# for ties and near-ties, large values and high precisions: %-format, format(), f-strings,
# '%' presentation, 'z', signs and padding, all as CPython 3.11 prints them.
import random
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.045, 1.005, 2.675, 1e-300, 5e-324,
        1e15, 2.0 ** 51, 2.0 ** 52, 1e16, 1e22, 123456789.987654321, 0.1, 0.7, 99.995,
        -0.0049, 0.0051, 1234.5678, float("inf"), float("-inf"), float("nan")]
random.seed(7)
for i in range(400):
    vals += [random.random() * 10 ** random.randint(-6, 14), i / 8, i / 7 + 0.005, -i * 0.0045,
             round(random.uniform(-1e4, 1e4), random.randint(0, 6))]
for v in vals:
    p = random.randint(0, 12)
    print("%.*f|%f|%.0f|%.2f|%.3f" % (p, v, v, v, v, v), f"{v:.2f} {v:10.4f} {v:+.1f} {v:.15f}",
          f"{v:.17f} {v:z.2f} {v:.20f} {v:08.3f} {v:,.2f}", format(v, ".1%"), format(v, "F"))
print("{:.2f} {:.0f} {:.1f}".format(0.125, 0.5, 0.25), "%.1f %.1f %.1f" % (0.05, 0.15, 0.25))
