#!/bin/sh
# Instruction-count comparison (repeatable on a noisy machine): runs each benchmark named
# on the command line (default: every bench/*.py) under callgrind with safepy and with
# python3.11 and prints both totals and their ratio (below 1.0: safepy executes fewer
# instructions). python3.11's counts are cached in $CACHE (they do not change).
# Usage: icount.sh SAFEPY [bench.py ...]
set -u
# SAFEPY relative to the caller's directory (default: this tree's build/safepy), as run.sh
SAFEPY=${1:-$(dirname "$0")/../build/safepy}
[ $# -gt 0 ] && shift
case "$SAFEPY" in /*) ;; *) SAFEPY="$(pwd)/$SAFEPY" ;; esac
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3.11}
CACHE=${CACHE:-/tmp/safepy-icount}
mkdir -p "$CACHE"
[ $# -eq 0 ] && set -- *.py

irs() { # total instructions executed by "$@"
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2>&1
  sed -n 's/^summary: *//p; s/^totals: *//p' "$out" | head -1
  rm -f "$out"
}

printf '%-18s %14s %14s %8s\n' benchmark python3.11 safepy ratio
logsum=0; count=0
for f in "$@"; do
  f=$(basename "$f") # bench/X.py or X.py
  name=${f%.py}
  c="$CACHE/$name.ir"
  [ -s "$c" ] || irs "$PY" "$f" > "$c"
  ip=$(cat "$c")
  is=$(irs "$SAFEPY" "$f")
  r=$(echo "$is / $ip" | bc -l)
  printf '%-18s %14s %14s %8.2f\n' "$name" "$ip" "$is" "$r"
  logsum=$(echo "$logsum + l($r)" | bc -l); count=$((count+1))
done
[ "$count" -gt 0 ] && printf 'geometric mean of instruction ratios: %.2f\n' "$(echo "e($logsum / $count)" | bc -l)"
