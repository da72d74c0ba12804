import sys
secret = 42
sys.setrecursionlimit(50000)
print("set secret")
