# format()'s digit grouping and zero padding (session 21: short results built in place).
vals = [0, 5, -5, 1234, -1234567, 10**20, -10**40, 2**64, 255, 0.0, -0.0, 3.14159, -1234567.891,
        1e22, 1e-7, float("inf"), float("nan")]
specs = ["", "d", "08d", "010,d", ",", "_", "_x", "_b", "020_b", "#012_x", "+,", " 015,.2f", ",.3f",
         "012.3f", "015,.1e", "=+12,", "0>12,", "x<12_d", "^12", "060,d", "070_", "n", "065_b"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
for i in (7, 12345, -3):
    print(f"{i:08d}|{i:>5}|{i / 3:.3f}|{i:,}|{i:_}", "{} {:>5} {:.3f}".format(i, "ab", i / 3))
