import os.path
import posixpath
from os import path as p

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(os.path is posixpath, p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull)
for a in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a",), ("/",), ("a", "b/", "c")]:
    print(a, p.join(*a))
for s in ["", "/", "a", "a/b", "/a/b/", "//a//b", "a/b.txt", ".bashrc", "a/.x.y", "a.b/c", "..", "/..", "a...", "x.tar.gz", "///x///y", "a/b/", "a//"]:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)), p.isabs(s), repr(p.normpath(s)))
for s in ["a/./b", "a/../b", "../a", "a/b/../../..", "/../a", "//x/../y", "///a", ".", "./", "a/b/c/../../d/./e"]:
    print(repr(s), repr(p.normpath(s)))
print(p.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(p.commonprefix([])), p.commonprefix(["abc", "abd", "ab"]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c/d"]), p.commonpath(["/a"]), p.commonpath(["a/./b", "a/b/c"]))
show(lambda: p.commonpath([]))
show(lambda: p.commonpath(["/a", "b"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/x/y"), p.relpath("/a/b", "/c/d"))
show(lambda: p.relpath(""))
print(p.splitdrive("/a/b"), p.normcase("A/B"), p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.py"), p.normpath(b"a//b/../c"))
show(lambda: p.join("a", b"b"))
show(lambda: p.join("a", 3))
print(p.expanduser("noexpand"), p.expanduser("~user/x") == "~user/x", p.isabs(p.expanduser("~")) or True)
print(p.abspath("/a/../b"), p.isabs(p.abspath("rel")), p.abspath("rel").endswith("/rel"))
class PL:
    def __fspath__(self): return "some/path.txt"
print(p.basename(PL()), p.splitext(PL()), os.fspath(PL()), os.fspath("x"), os.fspath(b"y"))
show(lambda: os.fspath(3))
import os
class P2:
    def __fspath__(self): return "p"
print(isinstance(P2(), os.PathLike), isinstance("s", os.PathLike), issubclass(P2, os.PathLike), isinstance(PL(), os.PathLike))
print(os.access("/", os.F_OK), os.access("/nonexistent_zz", os.F_OK), os.access("/", os.R_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
