#!/bin/sh
# Tests tools/fuzz_campaign.sh without a fuzz build (tests/run.sh runs it, about two
# seconds): `summary` over a fixture log (tests/fuzz/campaign_fixture.log, totals worked out
# by hand in campaign_fixture.summary: comment and short lines skipped, names sorted, CPU
# time and execs of ok runs only, coverage the maximum, crashes counted), its usage errors,
# and `run` on a stand-in harness (a shell script named fz_json printing libFuzzer's final
# stats lines) with relative BUILD_DIR and CAMPAIGN_LOG: the options it is given, the logged
# row, a crash stopping the campaign with status 1, a missing harness. None of this may
# reach the committed tests/fuzz/campaign.log.
#   sh tests/fuzz/campaign_test.sh [FUZZ_BUILD_DIR]
# With FUZZ_BUILD_DIR (built by `make fuzz-build`; .ci/run after `make fuzz`) the real
# fz_utf8 harness also runs for 2 seconds into a scratch log. Prints PASS/FAIL lines;
# exit status 1 after any FAIL.
set -u
real=${1:-}
case "$real" in ''|/*) ;; *) real=$(pwd)/$real ;; esac
cd "$(dirname "$0")/../.." || exit 1
root=$(pwd)
tool="$root/tools/fuzz_campaign.sh"
t=tests/fuzz/campaign
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ok() { echo "PASS $t $1"; }
failed=0
bad() { echo "FAIL $t $1: $2"; failed=1; }

# summary over the fixture
CAMPAIGN_LOG=tests/fuzz/campaign_fixture.log sh "$tool" summary > "$work/sum" 2>&1
if cmp -s "$work/sum" tests/fuzz/campaign_fixture.summary; then ok summary
else bad summary "$(diff tests/fuzz/campaign_fixture.summary "$work/sum" | head -n 6 | tr '\n' '|')"; fi

out=$(CAMPAIGN_LOG="$work/none.log" sh "$tool" summary 2>&1)
case "$out" in "no campaign runs yet ($work/none.log)") ok summary-no-log ;;
  *) bad summary-no-log "$out" ;; esac

# usage errors: status 2, nothing logged
sh "$tool" > /dev/null 2>&1; s1=$?
CAMPAIGN_LOG="$work/u.log" sh "$tool" run "$work" 3 > /dev/null 2>&1; s2=$?
CAMPAIGN_LOG="$work/u.log" sh "$tool" run "$work" 3s json > /dev/null 2>&1; s3=$?
if [ "$s1$s2$s3" = 222 ] && [ ! -f "$work/u.log" ]; then ok usage
else bad usage "statuses $s1 $s2 $s3 (want 2 2 2), log written: $([ -f "$work/u.log" ] && echo yes || echo no)"; fi

if [ ! -x /usr/bin/time ]; then
  # the tool refuses to run (every run would be logged as a crash)
  out=$(CAMPAIGN_LOG="$work/c.log" sh "$tool" run "$work" 1 json 2>&1); s=$?
  if [ "$s" -eq 2 ] && [ ! -f "$work/c.log" ]; then ok run-needs-time; else bad run-needs-time "status $s: $out"; fi
  echo "SKIP $t run: /usr/bin/time missing (Debian package time)"
  exit 0
fi

# `run` on a stand-in harness; the caller's directory is $work, both paths relative to it
mkdir -p "$work/b"
cat > "$work/b/fz_json" <<'EOF'
#!/bin/sh
printf '%s\n' "$@" > "$(dirname "$0")/args"
# one argument: a time-out's unit run again alone (status FAKE_RERUN_RC)
if [ $# -eq 2 ]; then echo "$1 cpu $(ulimit -t)" > "$(dirname "$0")/rerun"; exit "${FAKE_RERUN_RC:-0}"; fi
echo "#2 INITED cov: 56 ft: 70 corp: 3/10b exec/s: 0 rss: 30Mb"
if [ "${FAKE_RC:-0}" -eq 78 ]; then
  unit="$(dirname "$0")/slow-unit"; echo x > "$unit"
  echo "==1== ERROR: libFuzzer: timeout after 26 seconds"
  echo "artifact_prefix='x'; Test unit written to $unit"
  echo "stat::number_of_executed_units: 77"
  exit 78
fi
[ "${FAKE_RC:-0}" -eq 0 ] || { echo "==1==ERROR: AddressSanitizer: fake"; exit "$FAKE_RC"; }
echo "stat::number_of_executed_units: 1234"
EOF
chmod +x "$work/b/fz_json"
out=$(cd "$work" && CAMPAIGN_LOG=c.log sh "$tool" run b 3 json 2>&1); s=$?
row=$(grep -v '^#' "$work/c.log" 2>/dev/null | tail -n 1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
want="$commit	json	[0-9][0-9]*	[0-9][0-9]*	1234	56	ok"
if [ "$s" -eq 0 ] && [ "$(grep -c . "$work/c.log")" -eq 2 ] && head -n 1 "$work/c.log" | grep -q '^# date' &&
   echo "$row" | grep -q "^20[0-9-]*T[0-9:]*	$want\$"; then ok run-row
else bad run-row "status $s, output '$out', row '$row'"; fi
args=$(tr '\n' ' ' < "$work/b/args")
case "$args" in
  *" -dict=tests/fuzz/json.dict -max_total_time=3 $work/b/corpus/json tests/fuzz/corpus/json ") ok run-args ;;
  *) bad run-args "$args" ;;
esac
case "$out" in "ok campaign json: "*" 1234 execs, cov 56") ok run-output ;; *) bad run-output "$out" ;; esac

# a crash: status 1, logged as a crash, the report shown, the next harness (json again)
# not run
out=$(cd "$work" && FAKE_RC=77 CAMPAIGN_LOG=c.log sh "$tool" run b 1 json json 2>&1); s=$?
row=$(tail -n 1 "$work/c.log")
if [ "$s" -eq 1 ] && echo "$row" | grep -q '	json	.*	crash$' && [ "$(grep -c . "$work/c.log")" -eq 3 ] &&
   echo "$out" | grep -q 'ERROR: AddressSanitizer: fake'; then ok run-crash
else bad run-crash "status $s, output '$out', row '$row'"; fi

# a time-out whose unit finishes when run alone (with 25 s of CPU time, no wall limit):
# logged "slow", the campaign goes on (two rows); one that times out again: logged
# "timeout", status 1, the next harness not run
out=$(cd "$work" && FAKE_RC=78 CAMPAIGN_LOG=t.log sh "$tool" run b 1 json json 2>&1); s=$?
if [ "$s" -eq 0 ] && [ "$(grep -c '	json	.*	77	56	slow$' "$work/t.log")" -eq 2 ]; then ok run-slow
else bad run-slow "status $s, output '$out', log '$(tr '\n\t' '| ' < "$work/t.log")'"; fi
# the rerun's limit is CPU time (ulimit -t), not libFuzzer's wall-clock -timeout
rerun=$(cat "$work/b/rerun" 2>/dev/null)
if [ "$rerun" = "-timeout=0 cpu 25" ]; then ok rerun-cpu-limit; else bad rerun-cpu-limit "'$rerun'"; fi
out=$(cd "$work" && FAKE_RC=78 FAKE_RERUN_RC=78 CAMPAIGN_LOG=t.log sh "$tool" run b 1 json json 2>&1); s=$?
if [ "$s" -eq 1 ] && [ "$(grep -c '	timeout$' "$work/t.log")" -eq 1 ] && [ "$(grep -c . "$work/t.log")" -eq 4 ]; then
  ok run-timeout
else bad run-timeout "status $s, output '$out', log '$(tr '\n\t' '| ' < "$work/t.log")'"; fi
out=$(CAMPAIGN_LOG="$work/t.log" sh "$tool" summary | grep '^| json ')
case "$out" in "| json | 3 | 0 min | 154 | 56 | 1 |") ok slow-summary ;; *) bad slow-summary "$out" ;; esac

# a harness not built: status 1, nothing logged
out=$(cd "$work" && CAMPAIGN_LOG=c.log sh "$tool" run b 1 utf8 2>&1); s=$?
if [ "$s" -eq 1 ] && [ "$(grep -c . "$work/c.log")" -eq 3 ] && echo "$out" | grep -q '^FAIL campaign utf8'; then
  ok run-missing
else bad run-missing "status $s, output '$out'"; fi

# the summary of that log: two runs, the crash's execs not added
out=$(CAMPAIGN_LOG="$work/c.log" sh "$tool" summary | grep '^| json ')
case "$out" in "| json | 2 | 0 min | 1234 | 56 | 1 |") ok run-summary ;; *) bad run-summary "$out" ;; esac

if [ -n "$real" ]; then
  out=$(CAMPAIGN_LOG="$work/r.log" sh "$tool" run "$real" 2 utf8 2>&1); s=$?
  execs=$(grep -v '^#' "$work/r.log" 2>/dev/null | cut -f 6)
  if [ "$s" -eq 0 ] && [ "${execs:-0}" -gt 0 ]; then ok run-real-utf8
  else bad run-real-utf8 "status $s, output '$out'"; fi
fi

# (a campaign running in this tree meanwhile may append its own rows: only the stand-in's
# count as a failure)
if ! grep -q '	json	[0-9]*	[0-9]*	1234	56	' tests/fuzz/campaign.log; then ok committed-log-untouched
else bad committed-log-untouched "the stand-in's runs were logged in tests/fuzz/campaign.log"; fi
exit $failed
