"""_pickle (safepy): the name CPython gives its C implementation of pickle.

safepy has one implementation, pickle.py, whose output is CPython's byte for byte; as
with _datetime, this module exposes the same classes and functions under the C module's
name for code that imports _pickle (CPython's test_inspect does at import time).
"""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    PickleBuffer, dump, dumps, load, loads)
