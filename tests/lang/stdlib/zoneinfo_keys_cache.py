# zoneinfo: keys found on TZPATH (files written to a temporary directory), key
# validation, the cache (ZoneInfo(key) is ZoneInfo(key), no_cache, clear_cache with and
# without only_keys, subclasses' own caches), str/repr, pickling and copying by key,
# reset_tzpath and PYTHONTZPATH with their errors and warning, available_timezones.
import copy
import os
import pickle
import shutil
import tempfile
import warnings
from datetime import datetime, timezone
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, InvalidTZPathWarning
from mod_tzif import tzif, utc, info


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


base = tempfile.mkdtemp(dir=os.getcwd())
root1, root2 = os.path.join(base, "one"), os.path.join(base, "two")
files = {
    (root1, "Test/Paris"): tzif([(utc(2000, 3, 26, 1), 1)], [(3600, 0, "CET"), (7200, 1, "CEST")],
                                b"CET-1CEST,M3.5.0,M10.5.0/3"),
    (root1, "UTC"): tzif([], [(0, 0, "UTC")], b"UTC0"),
    (root2, "UTC"): tzif([], [(3600, 0, "ONE")], b"ONE-1"),
    (root2, "Test/Only2"): tzif([], [(-3600, 0, "M1")], b"<M1>1"),
    (root2, "right/Skipped"): tzif([], [(0, 0, "R")], b"R0"),
    (root2, "posixrules"): tzif([], [(0, 0, "P")], b"P0"),
    (root2, "Test/README"): b"not a zone file",
}
for (root, key), data in files.items():
    os.makedirs(os.path.dirname(os.path.join(root, key)), exist_ok=True)
    with open(os.path.join(root, key), "wb") as f:
        f.write(data)


def rel(paths):
    return [os.path.relpath(p, base) for p in paths]


try:
    zoneinfo.reset_tzpath([root1, root2])
    print("TZPATH", rel(zoneinfo.TZPATH), type(zoneinfo.TZPATH).__name__)
    print("available", sorted(zoneinfo.available_timezones()))
    paris = ZoneInfo("Test/Paris")
    print(str(paris), repr(paris), paris.key, ZoneInfo(key="Test/Paris") is paris)
    print(info(datetime(2020, 7, 1, tzinfo=paris)), info(datetime(2020, 1, 1, tzinfo=paris)))
    print("UTC from the first directory:", ZoneInfo("UTC").tzname(None))
    print("Only2:", ZoneInfo("Test/Only2").utcoffset(None))

    # keys
    for key in ["../one/UTC", "/abs/UTC", "Test//Paris", "Test/", "./UTC", "", ".", "..",
                "Test/../UTC", "Missing/Zone", "Test", 7, None, ["UTC"]]:
        attempt(f"key {key!r}", lambda: ZoneInfo(key))
    attempt("no key", lambda: ZoneInfo())
    attempt("two keys", lambda: ZoneInfo("UTC", "UTC"))
    attempt("bad keyword", lambda: ZoneInfo(name="UTC"))
    attempt("not found is KeyError", lambda: issubclass(ZoneInfoNotFoundError, KeyError))
    try:
        ZoneInfo("Missing/Zone")
    except KeyError as e:
        print("KeyError", repr(e), type(e.__context__).__name__)

    # the cache
    nc = ZoneInfo.no_cache("Test/Paris")
    print("no_cache", nc is paris, nc == paris, repr(nc), ZoneInfo("Test/Paris") is paris)
    ZoneInfo.clear_cache(only_keys=["UTC", "Not/Cached"])
    print("clear other keys", ZoneInfo("Test/Paris") is paris)
    ZoneInfo.clear_cache(only_keys=("Test/Paris",))
    p2 = ZoneInfo("Test/Paris")
    print("clear only_keys", p2 is paris, ZoneInfo("Test/Paris") is p2)
    ZoneInfo.clear_cache()
    p3 = ZoneInfo("Test/Paris")
    print("clear all", p3 is p2)
    attempt("clear_cache(1)", lambda: ZoneInfo.clear_cache(1))
    attempt("clear_cache(only_keys=1)", lambda: ZoneInfo.clear_cache(only_keys=1))
    attempt("clear_cache(keys=1)", lambda: ZoneInfo.clear_cache(keys=1))
    # the strong cache keeps the 8 most recent keys alive
    for i in range(10):
        ZoneInfo("UTC" if i % 2 else "Test/Paris")

    class Zone(ZoneInfo):
        pass

    z1 = Zone("Test/Paris")
    print("subclass", repr(z1), str(z1), type(z1).__name__, z1 is p3, Zone("Test/Paris") is z1)
    z1.extra = 5
    print("subclass dict", z1.extra)
    Zone.clear_cache()
    print("subclass clear", Zone("Test/Paris") is z1, ZoneInfo("Test/Paris") is p3)

    # attributes
    attempt("set key", lambda: setattr(p3, "key", "x"))
    attempt("set other", lambda: setattr(p3, "other", 1))

    # pickling and copying
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print("pickle", proto, pickle.loads(pickle.dumps(p3, proto)) is p3,
              pickle.loads(pickle.dumps(nc, proto)) is nc,
              repr(pickle.loads(pickle.dumps(nc, proto))))
    print("reduce", p3.__reduce__()[1], nc.__reduce__()[1])
    print("copy", copy.copy(p3) is p3, copy.deepcopy(p3) is p3)
    with open(os.path.join(root1, "UTC"), "rb") as f:
        fz = ZoneInfo.from_file(f, key="FromFile")
    print("from_file", str(fz), repr(fz), fz.key)
    attempt("pickle from_file", lambda: pickle.dumps(fz))
    with open(os.path.join(root1, "UTC"), "rb") as f:
        anon = ZoneInfo.from_file(f)
    print("anonymous", anon.key, repr(anon).startswith("zoneinfo.ZoneInfo.from_file(<_io.BufferedReader"))
    attempt("from_file()", lambda: ZoneInfo.from_file())
    attempt("from_file(3 args)", lambda: ZoneInfo.from_file(1, 2, 3))

    # reset_tzpath and its errors
    attempt("reset str", lambda: zoneinfo.reset_tzpath("/usr/share/zoneinfo"))
    attempt("reset bytes", lambda: zoneinfo.reset_tzpath(b"/usr"))
    attempt("reset relative", lambda: zoneinfo.reset_tzpath(["/ok", "rel", "also/rel"]))
    attempt("reset int", lambda: zoneinfo.reset_tzpath(5))
    print("unchanged", rel(zoneinfo.TZPATH))
    zoneinfo.reset_tzpath([])
    print("empty", zoneinfo.TZPATH, sorted(zoneinfo.available_timezones()))
    attempt("not found now", lambda: ZoneInfo.no_cache("UTC"))
    print("cached still", ZoneInfo("Test/Paris") is p3)
    os.environ["PYTHONTZPATH"] = os.pathsep.join([root2, "relative/dir", root1])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        zoneinfo.reset_tzpath()
    print("env", rel(zoneinfo.TZPATH), [(x.category.__name__, str(x.message)) for x in w])
    print("UTC now from two:", ZoneInfo.no_cache("UTC").tzname(None))
    os.environ["PYTHONTZPATH"] = ""
    zoneinfo.reset_tzpath()
    print("env empty", zoneinfo.TZPATH)
    print("dir", "TZPATH" in dir(zoneinfo), zoneinfo.__all__)
    attempt("missing attribute", lambda: zoneinfo.nothing)
finally:
    shutil.rmtree(base)
