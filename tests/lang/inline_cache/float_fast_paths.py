# Inline float arithmetic and int true division must match the general paths exactly.
vals = [0, 1, -1, 7, -7, 2**53, 2**53+1, -(2**53), 2**60, 3, 10]
for a in vals:
    for b in vals:
        try:
            print(a / b, end=' ')
        except ZeroDivisionError as e:
            print(e, end=' ')
print()
fl = [0.0, -0.0, 1.5, -2.5, 2.0, 1e308, float('inf'), float('nan'), -8.0, 0.5, 3]
for a in fl:
    for b in fl:
        try:
            print(a ** b, end=' ')
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            print(type(e).__name__, e, end=' ')
print()
print(2 ** -1, 2.0 ** 1024 if False else 0, 10.0 ** -400, (-8.0) ** (1/3))
