#!/bin/sh
# Benchmark harness: runs each bench/*.py with safepy and python3.11 (and pypy3 when it is
# installed) in one session, checks the outputs agree, and prints the best-of-N wall time
# of each and the ratio safepy/python3.11 (below 1.0 means safepy is faster), plus the
# geometric mean of the ratios. Usage: run.sh SAFEPY [N]
# CPU=1 measures user+sys CPU time (/usr/bin/time, 10 ms resolution) instead of wall time:
# on a loaded shared machine wall time mostly measures the other processes.
set -u
# SAFEPY relative to the caller's directory (default: this tree's build/safepy)
SAFEPY=${1:-$(dirname "$0")/../build/safepy}
case "$SAFEPY" in /*) ;; *) SAFEPY="$(pwd)/$SAFEPY" ;; esac
cd "$(dirname "$0")"
N=${2:-3}
PY=${PYTHON:-/usr/bin/python3.11}
PYPY=$(command -v pypy3 || true)

. "$(pwd)/best.sh"

printf '%-18s %10s %10s %8s %10s  %s\n' benchmark python3.11 safepy ratio pypy3 output
logsum=0; count=0
for f in *.py; do
  name=${f%.py}
  want=$("$PY" "$f" 2>&1)
  got=$("$SAFEPY" "$f" 2>&1)
  same=same; [ "$want" = "$got" ] || same=DIFFERS
  tp=$(best "$PY" "$f")
  ts=$(best "$SAFEPY" "$f")
  tpp=-
  [ -n "$PYPY" ] && tpp=$(best "$PYPY" "$f")
  [ "$(echo "$tp > 0" | bc -l)" = 1 ] || tp=0.001 # below the CPU timer's resolution
  r=$(echo "$ts / $tp" | bc -l)
  printf '%-18s %10s %10s %8.2f %10s  %s\n' "$name" "$tp" "$ts" "$r" "$tpp" "$same"
  logsum=$(echo "$logsum + l($r)" | bc -l); count=$((count+1))
done
[ "$count" -gt 0 ] && printf 'geometric mean of ratios (safepy/python3.11): %.2f\n' "$(echo "e($logsum / $count)" | bc -l)"
