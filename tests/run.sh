#!/bin/sh
# The one test runner (`make test` calls it after building release and ASan+UBSan builds):
# kernel unit tests, language tests, error/traceback tests, limit tests, the raw-memory
# lint, then the language suites again under ASan+UBSan (and with the profile-guided build
# when PGO_BIN=build/pgo/safepy is set). Ends with "N passed, N failed".
# Tests listed in tests/known_failures.txt are run but reported separately (they do not
# fail the run); a listed test that passes is reported so the list can shrink.
set -u
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
results=$(mktemp)
work=$(mktemp -d)  # per run: several trees may be tested on one machine at once
trap 'rm -rf "$work" "$results"' EXIT
known=tests/known_failures.txt

# Every tests/kernel/test_*.c must have its binary in BUILD/ktests (a missing one fails).
run_kernel() {
  for src in tests/kernel/test_*.c; do
    t=$1/ktests/$(basename "$src" .c)
    if [ ! -x "$t" ]; then echo "FAIL $t: not built (make kernel-tests)"; continue; fi
    if "$t" > /dev/null 2>&1; then echo "PASS $t"; else echo "FAIL $t: exit status $?"; fi
  done
}

# suite NAME CMD...: a suite script printing PASS/FAIL (or SKIP) lines. One that exits
# non-zero without naming a failure, or prints no result at all (its script or tool is
# missing, did not build or did not run), is reported as a failure, never as zero passes.
suite() {
  name=$1
  shift
  "$@" > "$work/suite.out" 2>&1
  st=$?
  grep -E '^(PASS|FAIL|SKIP) ' "$work/suite.out"
  grep -q -E '^(FAIL|SKIP) ' "$work/suite.out" && return
  last=$(tail -n 2 "$work/suite.out" | tr '\n' '|')
  if [ "$st" -ne 0 ]; then echo "FAIL $name: exit status $st with no failure named ($last)"
  elif ! grep -q '^PASS ' "$work/suite.out"; then echo "FAIL $name: no result ($last)"; fi
}

lang_tests() {
  find tests/lang tests/errors tests/limits tests/regression tests/torture -name '*.py' 2>/dev/null |
    grep -v '/mod_' | while read -r f; do [ -f "$f.exp" ] && echo "$f"; done | sort
}

run_lang() {
  lang_tests | xargs -P "$JOBS" -n 1 sh tests/run_one.sh "$(pwd)/$1"
}

# The parser's own suites (committed cases only, so no Python is needed): each mismatching
# case is reported by name; the rest count as passes.
run_compiler() {
  for s in check_ast check_errors check_incomplete; do
    out=$(PYTHON=/nonexistent sh tests/compiler/$s.sh 2>&1)
    echo "$out" | grep '^FAIL ' | sed 's/^FAIL \(.*\)$/FAIL \1: parser result differs from CPython 3.11/'
    n=$(echo "$out" | tail -n 1 | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
    # no count means the checker did not run (e.g. its build failed): a failure, not 0
    if [ -z "$n" ] || [ "$n" -eq 0 ]; then
      echo "FAIL tests/compiler/$s: no result ($(echo "$out" | tail -n 2 | tr '\n' '|'))"
    fi
    i=0
    while [ "$i" -lt "${n:-0}" ]; do echo "PASS tests/compiler/$s"; i=$((i+1)); done
  done
}

run_vm() {
  if sh tests/vm/run.sh "$1" > "$work/vm.out" 2>&1; then echo "PASS tests/vm ($(tail -n 1 "$work/vm.out"))"
  else echo "FAIL tests/vm: $(tail -n 3 "$work/vm.out" | tr '\n' '|')"; fi
}

run_lint() {
  if sh tools/lint.sh > "$work/lint.out" 2>&1; then echo "PASS lint"; else echo "FAIL lint: $(tail -n 5 "$work/lint.out" | tr '\n' '|')"; fi
  if sh tools/lint_selftest.sh > "$work/lint-self.out" 2>&1; then echo "PASS lint-selftest"; else echo "FAIL lint-selftest: $(tail -n 3 "$work/lint-self.out" | tr '\n' '|')"; fi
}

{
  run_kernel build
  run_kernel build/asan
  run_lang build/safepy
  run_compiler
  suite tests/cli sh tests/cli/run_cli.sh build/safepy
  suite tests/cpython_lib sh tests/cpython_lib/run.sh build/safepy
  suite tests/cpython_lib/tool sh tests/cpython_lib/tool_test.sh build/safepy
  run_vm build
  suite tests/hardening sh tests/hardening/check.sh build/safepy
  suite tests/hardening/selftest sh tests/hardening/check.sh --selftest
  suite tests/enclave sh tests/enclave/run_enclave.sh build
  suite tests/fuzz/campaign sh tests/fuzz/campaign_test.sh
  run_lint
  # the profile-guided build (make pgo) when PGO_BIN names it (.ci/run does)
  if [ -n "${PGO_BIN:-}" ]; then
    run_lang "$PGO_BIN" | sed 's/^\(PASS\|FAIL\) /\1 [pgo] /'
  fi
  if [ "${SKIP_ASAN:-0}" != 1 ]; then
    TEST_TIMEOUT=60 ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 run_lang build/asan/safepy |
      sed 's/^\(PASS\|FAIL\) /\1 [asan] /'
  fi
} > "$results"

is_known() {
  [ -f "$known" ] && grep -qxF "$1" "$known"
}

pass=0; fail=0; kfail=0; kpass=0; skip=0
while IFS= read -r line; do
  status=${line%% *}
  rest=${line#* }
  name=${rest%%: *}
  name=${name#\[asan\] }
  name=${name#\[pgo\] }
  case "$status" in
    PASS)
      if is_known "$name"; then kpass=$((kpass+1)); echo "NOW PASSES (remove from known_failures): $rest"; fi
      pass=$((pass+1)) ;;
    FAIL)
      if is_known "$name"; then kfail=$((kfail+1)); else fail=$((fail+1)); echo "$line"; fi ;;
    SKIP) skip=$((skip+1)); echo "$line" ;;
  esac
done < "$results"
echo "known failures: $kfail (listed in $known)"
[ "$skip" -eq 0 ] || echo "skipped suites: $skip (SKIP lines above)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
