import sys
try:
    print('body')
    sys.exit(3)
finally:
    print('finally runs before exit')
