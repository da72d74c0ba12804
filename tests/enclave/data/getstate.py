import sys
print("recursion limit", sys.getrecursionlimit())
try:
    print(secret)
except NameError as e:
    print("NameError:", e)
