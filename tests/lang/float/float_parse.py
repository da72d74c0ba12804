# float() parsing from strings and errors.
for s in ['3.14', '  -2.5  ', '1e3', '1_000.5', '.5', '5.', '+1.0', 'inf', '-Infinity', '1E-2', '0x10']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ['', 'abc', '1.2.3', '1__0', '1e']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(7), float(True))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
