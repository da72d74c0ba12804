import __main__
try: __main__.zz
except AttributeError as e: print(e)
import sys
try: sys.zz
except AttributeError as e: print(e)
