import os, abc
class P:
    def __fspath__(self): return "x"
class N: pass
class Q(P):
    __fspath__ = None
print(isinstance(P(), os.PathLike), issubclass(N, os.PathLike), issubclass(Q, os.PathLike), type(os.PathLike).__name__)
print(os.PathLike[str], isinstance("s", os.PathLike))
class V: pass
os.PathLike.register(V)
print(issubclass(V, os.PathLike), os.fspath(P()))
try: os.PathLike()
except TypeError as e: print(e)
import pathlib
print(isinstance(pathlib.Path("a"), os.PathLike))
