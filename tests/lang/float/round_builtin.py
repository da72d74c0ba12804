# round() uses banker's rounding and returns int when ndigits omitted.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.7), round(-3.7), type(round(3.7)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), type(round(3.0, 1)).__name__)
print(round(5, 2), type(round(5, 2)).__name__)
print(round(-2.5), round(0.49999999999999994))
print(round(1e20), round(123.456, 0))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
