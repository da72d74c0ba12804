# Runs one module of CPython 3.11's own test suite (Lib/test/test_*.py, Debian package
# libpython3.11-testsuite) under the interpreter running this file, and prints one summary
# line: "NAME run N fail F err E skip S". Used by tools/cpython_tests.sh to measure
# conformance against a suite that is not ours; nothing of it is copied into the repo.
# Stand-ins, for this measurement only: test.support.script_helper (its functions start
# subprocesses, which safepy does not do: each raises SkipTest), when the interpreter
# lacks them, the process-level modules subprocess/signal/_signal that test modules
# import at top level without using them in the language tests, and http.client when it
# does not import (it needs socket, hence _socket, which safepy does not have: the same
# ModuleNotFoundError as a CPython built without _socket): test_hashlib imports it for
# HTTPException alone, caught around a download its tests skip (resource 'urlfetch').
# test.support.has_no_debug_ranges is answered from the interpreter's tracebacks rather
# than from CPython's private _testinternalcapi. test.test_import (imported by test_inspect
# for one helper) does not import where sys.implementation.cache_tag is None: stand-in.
import sys
import types
import unittest

LIB = sys.argv[3] if len(sys.argv) > 3 else '/usr/lib/python3.11'
sys.path.insert(0, LIB)
for _n in ('subprocess', 'signal', '_signal'):
    if _n in sys.modules:
        continue
    try:
        __import__(_n)
    except ImportError:
        _m = types.ModuleType(_n)
        _m.SIGINT, _m.SIGALRM, _m.SIG_DFL, _m.SIG_IGN, _m.NSIG = 2, 14, 0, 1, 65
        _m.PIPE, _m.STDOUT, _m.DEVNULL = -1, -2, -3
        _m.signal = _m.getsignal = _m.default_int_handler = lambda *a: None
        _m.alarm = lambda *a: 0
        _m.CalledProcessError = type('CalledProcessError', (Exception,), {})
        sys.modules[_n] = _m

try:
    import http.client
except ImportError:
    _m = types.ModuleType('http.client')
    _m.HTTPException = type('HTTPException', (Exception,), {'__module__': 'http.client'})
    sys.modules['http.client'] = _m

_sh = types.ModuleType('test.support.script_helper')


def _no_subprocess(*args, **kwargs):
    raise unittest.SkipTest('no subprocesses')


for _f in ('assert_python_ok', 'assert_python_failure', 'spawn_python', 'kill_python',
           'run_python_until_end', 'make_script', 'make_zip_script', 'make_pkg',
           'make_zip_pkg', 'run_test_script', 'interpreter_requires_environment'):
    setattr(_sh, _f, _no_subprocess)
sys.modules['test.support.script_helper'] = _sh
import test.support  # noqa: E402  (after the stand-ins)
test.support.script_helper = _sh


def _has_no_debug_ranges():
    # test.support asks CPython's private _testinternalcapi (absent here, so every module
    # with a @requires_debug_ranges test, test_traceback among them, raised SkipTest at
    # import); answer instead from what Python code sees: column ranges in tracebacks.
    import traceback
    try:
        raise ValueError
    except ValueError as e:
        return traceback.extract_tb(e.__traceback__)[-1].colno is None


test.support.has_no_debug_ranges = _has_no_debug_ranges

name = sys.argv[1]
verbosity = int(sys.argv[2]) if len(sys.argv) > 2 else 0


def _ready_to_import(name=None, source=""):
    # test_import's helper writes the module with script_helper.make_script, which
    # raises SkipTest here: the stand-in skips the same way
    raise unittest.SkipTest('no subprocesses')
    yield


def _mentions(module, text):
    import os
    for path in (os.path.join(LIB, 'test', module + '.py'),
                 os.path.join(LIB, 'test', module, '__init__.py')):
        if os.path.isfile(path):
            with open(path, encoding='utf-8') as f:
                return text in f.read()
    return False


if _mentions(name, 'from test.test_import import'):
    # test_inspect borrows _ready_to_import from test_import, whose class bodies call
    # importlib.util.cache_from_source: NotImplementedError when
    # sys.implementation.cache_tag is None (safepy writes no .pyc), so it cannot import
    try:
        import test.test_import  # noqa: F401
    except Exception:
        import contextlib
        _ti = types.ModuleType('test.test_import')
        _ti._ready_to_import = contextlib.contextmanager(_ready_to_import)
        sys.modules['test.test_import'] = _ti
mod = __import__('test.' + name, fromlist=['_'])
runner = unittest.TextTestRunner(verbosity=verbosity, stream=sys.stdout)
results = []
if hasattr(mod, 'test_main'):
    # As regrtest does: a module with test_main (test_decimal...) chooses its own test
    # classes and set-up there (its base classes are not tests on their own); each
    # support.run_unittest call it makes runs here and is counted.
    test.support._run_suite = lambda suite: results.append(runner.run(suite))
    try:
        mod.test_main()
    except Exception as e:
        print('test_main:', type(e).__name__, e)
else:
    results.append(runner.run(unittest.TestLoader().loadTestsFromModule(mod)))
print(name, 'run', sum(r.testsRun for r in results),
      'fail', sum(len(r.failures) for r in results),
      'err', sum(len(r.errors) for r in results),
      'skip', sum(len(r.skipped) for r in results))
