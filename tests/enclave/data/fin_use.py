import sys
print("e2 sees", type(sys.keep).__name__)
del sys.keep
print("e2 end")
