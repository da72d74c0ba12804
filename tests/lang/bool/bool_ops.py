# Logical operators on booleans and bitwise ops returning bool.
print(True and False, True or False, not True, not False)
print(True & False, True | False, True ^ True, type(True ^ False).__name__)
print(True & 1, type(True & 1).__name__)
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, a ^ b, a == b)
print(all([]), any([]))
print(True is True, (1 == 1) is True)
print(isinstance(1 < 2, bool))
