import sys
from . import main
print('pkg __main__', __name__, sys.argv)
