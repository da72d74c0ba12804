import os

base = "/tmp/safepy_os_test_dir_%d" % os.getpid()
def clean(d):
    if os.path.isdir(d):
        for n in os.listdir(d):
            q = os.path.join(d, n)
            if os.path.isdir(q):
                clean(q)
            else:
                os.remove(q)
        os.rmdir(d)
clean(base)
print(os.path.exists(base), os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b/c", exist_ok=True)
try:
    os.makedirs(base + "/a/b")
except OSError as e:
    print(type(e).__name__)
f = os.path.join(base, "file.txt")
with open(f, "w") as fh:
    fh.write("hello world")
st = os.stat(f)
print(os.path.getsize(f), st.st_size, st[6], os.path.isfile(f), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime), st.st_mtime > 0)
print(sorted(os.listdir(base)))
os.rename(f, f + ".bak")
print(sorted(os.listdir(base)), os.path.exists(f))
try:
    os.remove(f)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.listdir(base + "/nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == base + "/nope")
try:
    os.stat(base + "/nope")
except OSError as e:
    print(type(e).__name__, e.errno)
walked = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
print(walked)
print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
os.remove(f + ".bak")
os.removedirs(base + "/a/b/c")
print(os.path.exists(base))
print(type(os.getcwd()), os.path.isabs(os.getcwd()), type(os.environ), isinstance(os.environ, dict), os.getenv("SAFEPY_SURELY_UNSET"), os.getenv("SAFEPY_SURELY_UNSET", "dflt"))
print("PATH" in os.environ or True, type(os.getpid()), os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(0)), len(os.urandom(1000)))
print(os.strerror(2), os.error is OSError)
os.environ["SAFEPY_X"] = "1"
print(os.getenv("SAFEPY_X"))
try:
    os.environ[1] = "x"
except TypeError as e:
    print(e)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
try:
    os.stat("a\0b")
except ValueError as e:
    print("ValueError", e)
print(os.path.exists("a\0b"), os.path.isfile("/etc\0"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/"))
for fn in (os.listdir, os.stat, os.lstat, os.mkdir, os.rmdir, os.remove, os.unlink, os.chdir, os.scandir):
    try:
        fn(5.5)
    except TypeError as e:
        print("TypeError", e)
try:
    os.rename(5.5, "x")
except TypeError as e:
    print("TypeError", e)
try:
    os.rename("/nonexistent_a", "/nonexistent_b")
except OSError as e:
    print(type(e).__name__, e)
