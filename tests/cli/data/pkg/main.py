import sys
print(__name__, sys.argv)
