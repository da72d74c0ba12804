# sys.abiflags (CPython's build flags, '' for a release build): test_decimal reads it.
import sys
print(repr(sys.abiflags), type(sys.abiflags))
