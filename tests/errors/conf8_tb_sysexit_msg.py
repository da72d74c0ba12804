import sys
print("before")
sys.stdout.flush()
sys.exit("fatal: configuration missing")
