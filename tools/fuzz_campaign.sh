#!/bin/sh
# Long fuzzing runs, accounted: issue 4 asks for at least one CPU-hour per harness in
# total. Each run is recorded in tests/fuzz/campaign.log (committed), so the total per
# harness is computed from the log, not typed by hand:
#   sh tools/fuzz_campaign.sh run BUILD_DIR SECONDS NAME...   fuzz each NAME for SECONDS
#                                                         (wall), one after the other
#   sh tools/fuzz_campaign.sh summary                      total CPU time, execs, runs and
#                                                         crashes per harness
# A run fuzzes the harness built by `make fuzz-build` in BUILD_DIR (build/fuzz) on its
# committed corpus plus the not-committed work corpus BUILD_DIR/corpus/NAME, with the same
# options as tools/fuzz.sh and a seed taken from the clock (runs do not repeat each other).
# The CPU time is the harness process's user+system time (/usr/bin/time), so runs on a
# loaded machine count only what they got. A crash stops the campaign with status 1,
# leaving the reproducer in BUILD_DIR/crashes/; it is logged as a crash, never as time.
# A time-out (libFuzzer's -timeout, wall time) is checked by running its unit again alone
# with 25 s of CPU time: "slow" when it then finishes (the machine's load; the run's
# fuzzing counts and the campaign goes on), "timeout" otherwise (a hang: the campaign
# stops as for a crash).
# Log columns (tab-separated): date commit harness cpu_seconds wall_seconds execs coverage
# result. The summary's CPU time and execs add up the runs that ended ok or slow only (a
# crashed run's time is not clean fuzzing); its crashes column counts the others.
# CAMPAIGN_LOG=FILE uses another log (tests/fuzz/campaign_test.sh: not the committed one).
set -u
# BUILD_DIR and CAMPAIGN_LOG relative to the caller's directory, as tools/fuzz.sh takes it
[ "${1:-}" = run ] && [ $# -ge 2 ] && case "$2" in /*) ;; *) b=$(pwd)/$2; shift 2; set -- run "$b" "$@" ;; esac
LOG=${CAMPAIGN_LOG:-}
case "$LOG" in ''|/*) ;; *) LOG=$(pwd)/$LOG ;; esac
cd "$(dirname "$0")/.."
LOG=${LOG:-tests/fuzz/campaign.log}

summary() {
  [ -f "$LOG" ] || { echo "no campaign runs yet ($LOG)"; return 0; }
  awk -F'\t' '
    /^#/ || NF < 8 { next }
    { h = $3; runs[h]++
      if ($7 + 0 > cov[h]) cov[h] = $7 + 0
      if ($8 == "ok" || $8 == "slow") { cpu[h] += $4; ex[h] += $6 } else bad[h]++ }
    END {
      printf "| harness | runs | CPU time | execs | max coverage | crashes |\n"
      printf "|---|---:|---:|---:|---:|---:|\n"
      n = 0; for (h in runs) names[++n] = h
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
        if (names[j] < names[i]) { t = names[i]; names[i] = names[j]; names[j] = t }
      for (i = 1; i <= n; i++) { h = names[i]
        printf "| %s | %d | %d min | %d | %d | %d |\n", h, runs[h], cpu[h] / 60, ex[h], cov[h], bad[h] + 0 }
    }' "$LOG"
}

case "${1:-}" in
  summary) summary; exit 0 ;;
  run) shift ;;
  *) echo "usage: sh tools/fuzz_campaign.sh run BUILD_DIR SECONDS NAME... | summary" >&2; exit 2 ;;
esac
[ $# -ge 3 ] || { echo "usage: sh tools/fuzz_campaign.sh run BUILD_DIR SECONDS NAME..." >&2; exit 2; }
B=$1; SECS=$2; shift 2
case "$SECS" in ''|*[!0-9]*) echo "fuzz_campaign: SECONDS must be a number" >&2; exit 2 ;; esac
# without /usr/bin/time (Debian package `time`) every run would be logged as a crash
[ -x /usr/bin/time ] || { echo "fuzz_campaign: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$B/crashes"
[ -f "$LOG" ] || printf '# date\tcommit\tharness\tcpu_s\twall_s\texecs\tcov\tresult\n' > "$LOG"
for name in "$@"; do
  fz="$B/fz_$name"
  seeds="tests/fuzz/corpus/$name"
  work="$B/corpus/$name"
  if [ ! -x "$fz" ] || [ -z "$(ls "$seeds" 2>/dev/null)" ]; then
    echo "FAIL campaign $name: no harness $fz or no corpus $seeds"; exit 1
  fi
  mkdir -p "$work"
  log="$B/campaign_$name.log"
  tfile="$B/campaign_$name.time"
  opts="-timeout=25 -rss_limit_mb=2048 -error_exitcode=77 -timeout_exitcode=78 -artifact_prefix=$B/crashes/${name}- -print_final_stats=1 -seed=$(date +%s)"
  if [ -f "tests/fuzz/$name.dict" ]; then opts="$opts -dict=tests/fuzz/$name.dict"; fi
  start=$(date +%s)
  ASAN_OPTIONS=detect_leaks=0 /usr/bin/time -f '%U %S' -o "$tfile" \
    "$fz" $opts -max_total_time="$SECS" "$work" "$seeds" > "$log" 2>&1
  rc=$?
  wall=$(( $(date +%s) - start ))
  cpu=$(awk 'END { printf "%d", $1 + $2 }' "$tfile")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
  if [ $rc -eq 0 ]; then result=ok; else result=crash; fi
  if [ $rc -eq 78 ]; then
    # A time-out on a loaded machine may be the load, not the input (libFuzzer's -timeout
    # is wall time): the unit runs again alone, limited to 25 s of CPU time instead (a
    # campaign at low priority on a busy machine gets little CPU per wall second, so a
    # wall-clock limit would call the load a hang again); when it finishes within that the
    # run is logged "slow" (its fuzzing counts, the campaign goes on), else "timeout" (a
    # hang: it stops, as a crash).
    unit=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    result=timeout
    if [ -n "$unit" ] && [ -f "$unit" ] &&
       (ulimit -t 25; ASAN_OPTIONS=detect_leaks=0 exec "$fz" -timeout=0 "$unit") > "$log.rerun" 2>&1; then
      result=slow
      rc=0
    fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M)" "$commit" "$name" \
    "$cpu" "$wall" "${execs:-0}" "${cov:-0}" "$result" >> "$LOG"
  echo "$result campaign $name: ${cpu} s CPU, ${wall} s wall, ${execs:-0} execs, cov ${cov:-?}"
  if [ $rc -ne 0 ]; then
    grep -E -A 12 'ERROR|runtime error|deadly signal|Test unit written' "$log" | head -n 40 | sed 's/^/  | /'
    exit 1
  fi
done
