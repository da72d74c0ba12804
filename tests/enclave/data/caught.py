# Tracebacks formatted inside the program (traceback module) and an uncaught chained
# exception: the same text in normal and enclave mode, source lines included.
import traceback


def parse(s):
    return int(s)


try:
    parse("x1")
except ValueError:
    print(traceback.format_exc())
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("while handling") from e
except RuntimeError:
    traceback.print_exc()
print("done")
raise SystemExit(0)
