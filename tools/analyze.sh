#!/bin/sh
# `make analyze` / `make analyze-ci` (CI): static analysers over all of src/, each failing
# on any finding.
#   sh tools/analyze.sh [cppcheck] [clang] [gcc] [bounds]   (default: all four)
# - cppcheck (warning, portability, inconclusive; the x86-64 Linux configuration, the one
#   the sandbox supports besides aarch64). Inline suppressions only, each with
#   its justification on the same comment (grep cppcheck-suppress src/ to review them).
#   The eval loop is checked in its switch-dispatch form (SAFEPY_SWITCH_DISPATCH): cppcheck
#   cannot parse GNU labels-as-values.
# - clang --analyze (its default checkers: core, unix, security, deadcode, ...) .
# - gcc -fanalyzer. Findings, fixes and counts: docs/notes/analyze.md.
# - bounds: clang's alpha.security.ArrayBoundV2 (the bounds checker; about 9 CPU minutes
#   over src/, ~1.5x clang's default checkers). Its findings were triaged one by one
#   (docs/notes/verify5.md, analyze.md): the real gaps were fixed (heap.c chunk_bytes /
#   alloc_small class checks, gcmod.c loop bound), the false positives (unsigned indices
#   taken as possibly negative, tests clang 14 does not carry to the access) carry a
#   `bounds-ok:` comment with the reason, and only findings without one fail.
# FILES=... restricts a run to some files.
# Each tool prints its wall time; JOBS (default 2) files are analysed in parallel.
set -u
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
mkdir -p build/analyze
FILES=${FILES:-$(find src -name '*.c' | sort)}
status=0
# ran TOOL LOG XARGS_STATUS: false (and a FAIL line) when the analyser did not run on
# every file: not installed, or a file it could not compile (an "error:" in the log). Such
# a run finds no warning and must not pass.
ran() {
  if [ "$3" -ne 0 ] || grep -q -E '^[^ ]+: (fatal )?error: ' "$2"; then
    echo "FAIL analyze $1: did not analyse every file (xargs status $3): $(grep -m 2 -E 'error: |not found' "$2" | tr '\n' '|')(see $2)"
    status=1
    return 1
  fi
}
run_cppcheck() {
  log=build/analyze/cppcheck.log
  if cppcheck -q --enable=warning,portability --inconclusive --inline-suppr --error-exitcode=1 \
       -j "$JOBS" -DSAFEPY_SWITCH_DISPATCH -D__x86_64__ -D__linux__ -Isrc -Iinclude src/ > "$log" 2>&1; then
    echo "PASS analyze cppcheck"
  else
    echo "FAIL analyze cppcheck: $(grep -c ': \(warning\|error\|portability\)' "$log") finding(s) (see $log)"
    status=1
  fi
}
run_clang() {
  log=build/analyze/clang.log
  echo "$FILES" | xargs -P "$JOBS" -n 1 sh -c 'clang --analyze -std=gnu11 -Isrc -Iinclude \
      -Xanalyzer -analyzer-output=text -o /dev/null "$0" 2>&1' > "$log"
  ran clang "$log" $? || return
  n=$(grep -c 'warning:' "$log")
  if [ "$n" -eq 0 ]; then echo "PASS analyze clang"; else echo "FAIL analyze clang: $n finding(s) (see $log)"; status=1; fi
}
run_bounds() {
  log=build/analyze/bounds.log
  echo "$FILES" | xargs -P "$JOBS" -n 1 sh -c 'clang --analyze -std=gnu11 -Isrc -Iinclude \
      -Xanalyzer -analyzer-checker=alpha.security.ArrayBoundV2 \
      -Xanalyzer -analyzer-output=text -o /dev/null "$0" 2>&1' > "$log"
  ran "clang bounds" "$log" $? || return
  # A finding is justified when its line or one of the 3 lines above it carries a
  # `bounds-ok:` comment saying why the access is in bounds (each was checked by hand:
  # docs/notes/verify5.md); every other finding fails.
  grep -o '^src/[^:]*:[0-9]*:[0-9]*: warning:' "$log" | sort -u > "$log.sites"
  : > "$log.open"
  while IFS=: read -r f l _c _w; do
    lo=$((l > 3 ? l - 3 : 1))
    sed -n "${lo},${l}p" "$f" | grep -q 'bounds-ok:' || echo "$f:$l" >> "$log.open"
  done < "$log.sites"
  n=$(wc -l < "$log.open")
  j=$(($(wc -l < "$log.sites") - n))
  if [ "$n" -eq 0 ]; then echo "PASS analyze clang bounds ($j justified bounds-ok findings)"
  else echo "FAIL analyze clang bounds: $n unjustified finding(s): $(tr '\n' ' ' < "$log.open")(see $log)"; status=1; fi
}
run_gcc() {
  log=build/analyze/gcc.log
  echo "$FILES" | xargs -P "$JOBS" -n 1 sh -c 'gcc -std=gnu11 -O1 -fanalyzer -Isrc -Iinclude \
      -c "$0" -o /dev/null 2>&1' > "$log"
  ran gcc-fanalyzer "$log" $? || return
  n=$(grep -c 'warning:' "$log")
  if [ "$n" -eq 0 ]; then echo "PASS analyze gcc-fanalyzer"; else echo "FAIL analyze gcc-fanalyzer: $n finding(s) (see $log)"; status=1; fi
}
for t in ${*:-cppcheck clang gcc bounds}; do
  t0=$(date +%s)
  case "$t" in
    cppcheck) run_cppcheck ;;
    clang) run_clang ;;
    gcc) run_gcc ;;
    bounds) run_bounds ;;
    *) echo "analyze: unknown tool $t"; exit 2 ;;
  esac
  echo "  ($t: $(( $(date +%s) - t0 )) s, JOBS=$JOBS)"
done
exit $status
