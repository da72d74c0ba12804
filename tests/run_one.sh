#!/bin/sh
# Runs one test program with safepy and compares it with the committed expectations.
# Usage: run_one.sh SAFEPY TEST.py
#   tests/lang/**: stdout must equal TEST.py.exp byte for byte, exit status 0 (or the
#                  number in TEST.py.code when present).
#   tests/errors/**: also stderr must equal TEST.py.err.
# Prints "PASS name" or "FAIL name: reason".
safepy=$1
t=$2
# the test runs in its own directory: a relative interpreter path is made absolute first
case "$safepy" in */*) case "$safepy" in /*) ;; *) safepy=$(pwd)/$safepy ;; esac ;; esac
dir=$(dirname "$t")
base=$(basename "$t")
out=$(mktemp)
err=$(mktemp)
want_code=0
[ -f "$t.code" ] && want_code=$(cat "$t.code")
stdin=/dev/null
args=""
[ -f "$t.args" ] && args=$(cat "$t.args")
# stdin from TEST.py.in when present (an absolute path: the program runs in its directory)
[ -f "$t.in" ] && stdin=$(cd "$dir" && pwd)/$base.in
# A test that runs longer than TEST_TIMEOUT seconds (default 20) fails as a hang;
# tests/run.sh gives the ASan+UBSan build, 3-5x slower, a longer limit.
(cd "$dir" && timeout "${TEST_TIMEOUT:-20}" "$safepy" $args "$base" < "$stdin" > "$out" 2> "$err.raw")
code=$?
# Like CPython, safepy names the main script by its absolute path in tracebacks; the
# expectations were recorded with the test's directory stripped, so strip it here too.
absdir=$(cd "$dir" && pwd)
sed "s|$absdir/||g" "$err.raw" > "$err"
rm -f "$err.raw"
reason=""
if [ "$code" -eq 124 ]; then
  reason="timeout"
elif [ "$code" -ne "$want_code" ]; then
  reason="exit status $code, expected $want_code: $(head -c 300 "$err" | tail -n 3)"
elif ! cmp -s "$out" "$t.exp"; then
  reason="stdout differs: $(diff "$t.exp" "$out" | head -n 6 | tr '\n' '|')"
elif [ -f "$t.err" ] && ! cmp -s "$err" "$t.err"; then
  reason="stderr differs: $(diff "$t.err" "$err" | head -n 6 | tr '\n' '|')"
fi
rm -f "$out" "$err"
if [ -n "$reason" ]; then
  echo "FAIL $t: $reason"
else
  echo "PASS $t"
fi
