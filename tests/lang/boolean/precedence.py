# Precedence: not > and > or.
print(True or False and False)
print((True or False) and False)
print(not True or True)
print(not (True or True))
print(False and True or True)
print(False and (True or True))
print(1 or 0 and 0, (1 or 0) and 0)
a, b, c = 0, 1, 2
print(a or b and c, a and b or c, not a and b)
print(1 < 2 and 2 < 3 or 3 < 1)
print(None is None and not None)
