#!/bin/sh
# Tests tools/cpython_tests.sh without CPython's test suite (tests/run.sh runs it): a
# stand-in library directory holding a `test` package with two modules, one whose four
# tests pass, fail, error and skip once each, one that cannot be imported. The table and
# its totals are compared with the ones worked out by hand below, and a missing suite
# must be refused with status 2.
#   sh tests/cpython_lib/tool_test.sh SAFEPY        prints PASS/FAIL lines
set -u
bin=${1:?usage: tool_test.sh SAFEPY}
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
t=tests/cpython_lib/tool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
mkdir -p "$work/lib/test/support"
: > "$work/lib/test/__init__.py"
: > "$work/lib/test/support/__init__.py"
: > "$work/lib/test/test_bool.py"
cat > "$work/lib/test/test_fake_a.py" <<'PY'
import unittest
class T(unittest.TestCase):
    def test_pass(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual(1, 2)
    def test_error(self): raise KeyError('x')
    @unittest.skip('not here')
    def test_skip(self): pass
PY
printf 'raise ImportError("no such thing")\n' > "$work/lib/test/test_fake_b.py"
CPYTHON_LIB="$work/lib" TIMEOUT=60 sh tools/cpython_tests.sh "$bin" test_fake_a test_fake_b > "$work/out" 2>&1
cat > "$work/want" <<'TXT'
| module | run | fail | error | skip | passed |
|---|---:|---:|---:|---:|---:|
| test_fake_a | 4 | 1 | 1 | 1 | 1 |
| test_fake_b | 0 | 0 | 0 | 0 | 0 | (ImportError: no such thing)
| **total (2 modules, 1 not loaded)** | 4 | 1 | 1 | 1 | 1 |
TXT
if cmp -s "$work/out" "$work/want"; then echo "PASS $t table"
else echo "FAIL $t table: $(diff "$work/want" "$work/out" | tr '\n' '|' | cut -c1-300)"; failed=1; fi
CPYTHON_LIB="$work/nothing" sh tools/cpython_tests.sh "$bin" > "$work/out" 2>&1
st=$?
if [ "$st" -eq 2 ] && grep -q 'no CPython test suite' "$work/out"; then echo "PASS $t no-suite"
else echo "FAIL $t no-suite: status $st: $(head -c 200 "$work/out")"; failed=1; fi
exit $failed
