# format(x, "") / f"{x}" of a str subclass ignored the subclass's __str__ (CPython returns str(x)).
class S(str): pass
x = format(S("ab"), ""); print(type(x).__name__, x, type(f"{S('q')}").__name__, type("{}".format(S("z"))).__name__)
class T(str):
    def __str__(self): return "T!"
    def __format__(self, spec): return "fmt:" + spec
print(f"{T('a')}", f"{T('a'):>3}", format(T("b")))
class U(str):
    def __str__(self): return "U!"
print(f"{U('a'):>4}", "%s" % U("a"), "%5s" % U("a"), "{:.1}".format(U("abc")), str.__format__(U("x"), ""))
