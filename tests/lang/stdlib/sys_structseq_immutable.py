# sys's struct sequences are CPython static types: their attributes cannot be set or
# deleted, and messages name them "sys.NAME". time.struct_time is a heap type in 3.11
# (PyStructSequence_NewType) and stays mutable.
import sys, time

for t in (type(sys.float_info), type(sys.flags), type(sys.version_info),
          type(sys.hash_info), type(sys.int_info), type(sys.thread_info)):
    for attr, val in (("__name__", "x"), ("__qualname__", "q"), ("foo", 1), ("__doc__", "d"),
                      ("__module__", "m")):
        try:
            setattr(t, attr, val)
            print("set", t, attr)
        except TypeError as e:
            print(e)
    for attr in ("n_fields", "nope", "__name__"):
        try:
            delattr(t, attr)
            print("deleted", attr)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    print(repr(t), t.__name__, t.__qualname__, t.__module__)

for expr in ("sys.flags.foo", "sys.float_info.nope", "sys.version_info.major.x"):
    try:
        eval(expr)
    except AttributeError as e:
        print(e)
try:
    sys.float_info.max = 1.0
except AttributeError as e:
    print(type(e).__name__)
try:
    type(sys.flags)()
except TypeError as e:
    print(e)
print(sys.float_info.max, sys.flags.optimize, sys.version_info[:2], sys.int_info.bits_per_digit)

st = time.struct_time
st.foo = 1
print(st.foo, st.__name__)
del st.foo
print(hasattr(st, "foo"))
