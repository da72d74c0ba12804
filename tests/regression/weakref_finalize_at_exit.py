# weakref.finalize objects still alive at exit never ran (CPython runs those with atexit=True, newest first).
import weakref, atexit
class Res:
    pass
atexit.register(print, "user atexit (registered before)")
a, b, c = Res(), Res(), Res()
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b", end="!\n")
fc = weakref.finalize(c, print, "finalize c")
fc.atexit = False
print(fa.alive, fb.peek()[1:3], fc.alive)
fa()
print(fa.alive, fa())
atexit.register(print, "user atexit (registered after)")
print("end of main")
