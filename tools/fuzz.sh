#!/bin/sh
# Runs the libFuzzer harnesses built by `make fuzz-build`:
#   sh tools/fuzz.sh BUILD_DIR NAME...     (FUZZ_SECONDS per harness; 0 = replay only)
# Each harness first replays its committed corpus tests/fuzz/corpus/<name>/ (every file
# there is a regression test: seeds plus every input that ever crashed), then fuzzes for
# FUZZ_SECONDS (libFuzzer seed FUZZ_SEED, default 1) with new inputs going to
# build/fuzz/corpus/<name>/ (not committed). Any crash, leak, timeout (25 s for one
# input: allocation-heavy inputs take ~2 s under ASan and coverage, more on a loaded
# machine) or sanitizer report fails the run, printing the report; the reproducer is left
# in build/fuzz/crashes/. Prints one summary line per harness (execs, coverage).
set -u
B=$1
shift
case "$B" in /*) ;; *) B=$(pwd)/$B ;; esac  # relative to the caller's directory
cd "$(dirname "$0")/.."
SECS=${FUZZ_SECONDS:-20}
status=0
mkdir -p "$B/crashes"
for name in "$@"; do
  fz="$B/fz_$name"
  seeds="tests/fuzz/corpus/$name"
  work="$B/corpus/$name"
  mkdir -p "$work"
  # no committed corpus (a misspelt name, a harness added without one): replaying nothing
  # would pass, so it fails
  if [ -z "$(ls "$seeds" 2>/dev/null)" ]; then
    echo "FAIL fuzz $name: no committed corpus in $seeds"
    status=1
    continue
  fi
  log="$B/fuzz_$name.log"
  opts="-timeout=25 -rss_limit_mb=2048 -error_exitcode=77 -timeout_exitcode=78 -artifact_prefix=$B/crashes/${name}- -print_final_stats=1 -seed=${FUZZ_SEED:-1}"
  if [ -f "tests/fuzz/$name.dict" ]; then opts="$opts -dict=tests/fuzz/$name.dict"; fi
  if ! ASAN_OPTIONS=detect_leaks=0 "$fz" $opts -runs=0 "$seeds" > "$log" 2>&1; then
    echo "FAIL fuzz $name: committed corpus does not replay cleanly (see $log)"
    grep -E -A 12 'ERROR|runtime error|deadly signal|Running:' "$log" | tail -n 40 | sed 's/^/  | /'
    status=1
    continue
  fi
  if [ "$SECS" -gt 0 ]; then
    if ! ASAN_OPTIONS=detect_leaks=0 "$fz" $opts -max_total_time="$SECS" "$work" "$seeds" > "$log" 2>&1; then
      echo "FAIL fuzz $name: crash found (see $log and $B/crashes/)"
      # the report itself, so a CI log shows what failed and the reproducer's bytes
      grep -E -A 12 'ERROR|runtime error|deadly signal|Test unit written' "$log" | head -n 40 | sed 's/^/  | /'
      status=1
      continue
    fi
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  echo "PASS fuzz $name: ${execs:-0} execs, ${cov:-cov: ?}, corpus $(ls "$seeds" | wc -l) seeds"
done
exit $status
