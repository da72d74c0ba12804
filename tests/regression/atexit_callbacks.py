# atexit was missing: registered functions run last-first after the main program (and after its traceback).
import atexit, sys
def bye(who="world", punct="!"): print("bye", who, punct)
def first(): print("registered first, runs last")
atexit.register(first)
atexit.register(bye, "safepy", punct="?")
r = atexit.register(bye)
print(r is bye, atexit._ncallbacks())
atexit.unregister(first)
atexit.register(first)
@atexit.register
def deco(): print("decorated")
try: atexit.register(5)
except TypeError as e: print(type(e).__name__, e)
print("main done")
sys.stdout.flush()
raise ValueError("uncaught before atexit")
