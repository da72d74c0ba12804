# runpy: run_module (plain modules, packages through __main__, run_name, init_globals,
# alter_sys restoring sys.argv[0] and sys.modules, the errors for relative, missing,
# namespace and non-runnable names, the warning for an already imported module) and
# run_path (a file, a directory and a zip archive with __main__.py, run_name with a
# package, sys.path restored, the errors). The modules are written to a temporary
# directory.
import os
import runpy
import shutil
import sys
import tempfile
import warnings
import zipfile

base = tempfile.mkdtemp(dir=os.getcwd())
sources = {
    "rp_plain.py": "import sys\nvalue = 42\nseen_name = __name__\nseen_argv0 = sys.argv[0]\n"
                   "seen_in_modules = sys.modules.get(__name__) is not None\n"
                   "seen_extra = globals().get('extra')\n",
    "rp_pkg/__init__.py": "pkg_init_ran = True\n",
    "rp_pkg/__main__.py": "main_name = __name__\nmain_package = __package__\n",
    "rp_pkg/sub.py": "sub_name = __name__\nsub_package = __package__\n",
    "rp_nomain/__init__.py": "",
    "rp_ns/mod.py": "ns_mod = __name__\n",
    "rp_raises.py": "raise ValueError('from the module')\n",
    "rp_nested/__init__.py": "",
    "rp_nested/inner/__init__.py": "",
    "rp_nested/inner/__main__.py": "nested = (__name__, __package__)\n",
    "rp_badparent/__init__.py": "import does_not_exist_either\n",
    "rp_dir/__main__.py": "import sys\ndir_main = (__name__, __package__, sys.argv[0] == sys.path[0])\n",
    "rp_emptydir/readme.txt": "",
    "script.py": "import sys\nscript = (__name__, __package__, __doc__, sys.argv[0].endswith('script.py'))\n"
                 "'not a doc'\n",
    "latin.py": "# -*- coding: latin-1 -*-\ntext = '\xe9'\n",
}
for name, text in sources.items():
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="latin-1" if name == "latin.py" else "utf-8") as f:
        f.write(text)
with zipfile.ZipFile(os.path.join(base, "app.zip"), "w") as z:
    z.writestr("__main__.py", "zip_main = (__name__, __file__.endswith('__main__.py'))\n")
with zipfile.ZipFile(os.path.join(base, "nomain.zip"), "w") as z:
    z.writestr("other.py", "")
with open(os.path.join(base, "syntax.py"), "w") as f:
    f.write("def broken(:\n")


def shown(g, *names):
    return {k: g[k] for k in names if k in g}


def attempt(label, fn):
    try:
        r = fn()
        print(label, r)
    except BaseException as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))


sys.path.insert(0, base)
try:
    argv0 = sys.argv[0]
    g = runpy.run_module("rp_plain")
    print(sorted(k for k in g if k.startswith("__")))
    print(shown(g, "value", "seen_name", "seen_in_modules", "seen_extra", "__name__",
                "__package__", "__doc__"),
          g["__spec__"].name, os.path.basename(g["__file__"]), g["seen_argv0"] == argv0,
          "rp_plain" in sys.modules)
    g = runpy.run_module("rp_plain", init_globals={"extra": 1, "value": 0}, run_name="renamed")
    print(shown(g, "value", "seen_name", "seen_extra", "__name__"))
    g = runpy.run_module("rp_plain", run_name="temp_mod", alter_sys=True)
    print(shown(g, "seen_name", "seen_in_modules"), os.path.basename(g["seen_argv0"]),
          sys.argv[0] == argv0, "temp_mod" in sys.modules)
    sys.modules["temp_mod"] = "saved"
    runpy.run_module("rp_plain", run_name="temp_mod", alter_sys=True)
    print("restored", sys.modules.pop("temp_mod"))

    g = runpy.run_module("rp_pkg")
    print(shown(g, "main_name", "main_package", "__name__", "__package__"),
          g["__spec__"].name, "pkg_init_ran" in g, "rp_pkg" in sys.modules)
    g = runpy.run_module("rp_pkg.sub", run_name="__main__")
    print(shown(g, "sub_name", "sub_package"))
    g = runpy.run_module("rp_nested.inner")
    print(g["nested"])
    g = runpy.run_module("rp_ns.mod")
    print(g["ns_mod"], g["__package__"])

    import rp_pkg.sub
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        runpy.run_module("rp_pkg.sub")
    print([(x.category.__name__, str(x.message)) for x in w])

    for name in [".rp_plain", "rp_missing", "rp_missing.sub", "rp_plain.py", "rp_plain.sub",
                 "rp_nomain", "rp_ns", "rp_pkg.__main__.x", "__main__", "rp_badparent.x",
                 "rp_raises"]:
        attempt(f"run_module({name!r})", lambda: runpy.run_module(name))
    attempt("run_module(1)", lambda: runpy.run_module(1))

    # a module of the standard library (frozen into safepy: its code from _imp)
    g = runpy.run_module("json.tool", run_name="tool")
    print(g["__name__"], g["__package__"], callable(g["main"]), g["__spec__"].name)

    # run_path
    g = runpy.run_path(os.path.join(base, "script.py"))
    print(g["script"], g["__file__"] == os.path.join(base, "script.py"), g["__spec__"],
          g["__loader__"], g["__cached__"], sys.argv[0] == argv0)
    g = runpy.run_path(os.path.join(base, "script.py"), run_name="a.b.c", init_globals={"z": 1})
    print(g["script"], g["z"], "a.b.c" in sys.modules)
    print(runpy.run_path(os.path.join(base, "latin.py"))["text"] == "\xe9")
    path_before = list(sys.path)
    g = runpy.run_path(os.path.join(base, "rp_dir"))
    print(g["dir_main"], g["__name__"], os.path.relpath(g["__file__"], base),
          g["__spec__"].name, sys.path == path_before)
    g = runpy.run_path(os.path.join(base, "rp_dir"), run_name="pkg.mod")
    print(g["dir_main"], g["__package__"])
    g = runpy.run_path(os.path.join(base, "app.zip"))
    print(g["zip_main"], sys.path == path_before)
    attempt("run_path(empty dir)", lambda: runpy.run_path(os.path.join(base, "rp_emptydir")))
    attempt("run_path(zip without main)", lambda: runpy.run_path(os.path.join(base, "nomain.zip")))
    print(sys.path == path_before)
    attempt("run_path(missing)", lambda: runpy.run_path(os.path.join(base, "missing.py")))
    attempt("run_path(syntax)", lambda: runpy.run_path(os.path.join(base, "syntax.py")))
    attempt("run_path(raises)", lambda: runpy.run_path(os.path.join(base, "rp_raises.py")))
    print(sys.argv[0] == argv0, "<run_path>" in sys.modules)
    print(runpy.__all__)
finally:
    sys.path.remove(base)
    shutil.rmtree(base)
