# What a request can reach depends on the capabilities the host granted.
import enclave, os, time
print(sorted(enclave.capabilities()))
for name, f in [("time", time.time), ("time_ns", time.time_ns), ("monotonic", time.monotonic),
                ("localtime", time.localtime)]:
    try:
        v = f()
        print(name, "ok", type(v).__name__)
    except PermissionError as e:
        print(name, type(e).__name__, e)
try:
    print("urandom", len(os.urandom(20)))
except OSError as e:
    print("urandom", type(e).__name__, e)
for args in [("data",), ("nope",)]:
    try:
        print("read_input", args, len(enclave.read_input(*args)))
    except PermissionError as e:
        print("read_input", args, type(e).__name__, e)
try:
    enclave.write_output("result", b"written from inside\n")
    print("write_output ok")
except PermissionError as e:
    print("write_output", type(e).__name__, e)
for bad in [lambda: enclave.read_input(1), lambda: enclave.write_output("result", "str"),
            lambda: enclave.read_input()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
