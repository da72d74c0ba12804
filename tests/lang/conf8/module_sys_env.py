# not in the image: __file__ and sys.argv
import sys, os
print(__name__, __spec__, __package__, os.path.basename(__file__), os.path.basename(sys.argv[0]), len(sys.argv))
print(sorted(k for k in globals() if k.startswith("__")))
print(dir()[:8])
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"], __builtins__.__name__)
def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    print("main called with", argv)
    return 0
if __name__ == "__main__":
    rc = main(["-v", "x"])
    print("rc", rc)
print(vars() is globals(), type(sys.path).__name__, sys.path[0] == os.path.dirname(os.path.abspath(__file__)), sys.flags.interactive)
print(sys.platform, sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
print(sys.version_info >= (3, 11), sys.version_info.major, sys.implementation.name in ("cpython", "safepy"), type(sys.version).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.encoding if sys.stdin else None, sys.stdout.isatty())
print(callable(sys.exit), sys.exc_info(), sys.getsizeof(1) > 0, sys.intern("abc") == "abc", isinstance(sys.modules, dict))
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() if hasattr(sys, "exception") else "no sys.exception")
print(os.getcwd() == os.path.abspath("."), os.sep, os.linesep == "\n", os.name, os.path.isabs("/x"), os.environ.get("NOPE_NOT_SET", "dflt"))
print(os.path.normpath("a//b/../c/."), os.path.relpath("/a/b/c", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.dirname("/a/b/"), os.path.split("/a/b"))
