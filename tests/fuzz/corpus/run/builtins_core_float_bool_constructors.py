# float() and bool() constructors.
print(float('1.5'), float(' 2 '), float('-0'), float(3), float('1e-3'), float('  inf '))
print(bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0))
for s in ['abc', '1,5', '']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(True), float(10 ** 20), int(float('1e20')))
print(bool.__name__, float.__name__, type(float('3')).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
