import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code)
sys.exit(None)
