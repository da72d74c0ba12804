#!/bin/sh
# Cost of the kernel's safety checks (issue 4/6, target <= 5%): builds the measurement-only
# build/unchecked (`make MODE=unchecked`: the checks marked K_FAILS in src/kernel turned
# into assumptions, see src/kernel/kcheck.h) next to the release build/safepy, runs every
# bench/*.py (or the ones named) with both, checks their outputs agree, and prints the
# per-program ratio checked/unchecked (1.05 = the checks cost 5%) and the geometric mean.
# The unchecked build is for this measurement only; nothing else uses it.
# Usage: checks.sh [--icount] [N] [bench.py ...]
#   default: best-of-N wall time (N=3); --icount: callgrind instruction counts (one run
#   each, deterministic; use it when the machine is shared).
set -u
cd "$(dirname "$0")/.."
ICOUNT=0
if [ "${1:-}" = "--icount" ]; then ICOUNT=1; shift; fi
N=3
case "${1:-}" in [0-9]*) N=$1; shift ;; esac
nice make -j2 build/safepy > /dev/null || exit 1
nice make MODE=unchecked -j2 build/unchecked/safepy > /dev/null || exit 1
CHECKED=$(pwd)/build/safepy
UNCHECKED=$(pwd)/build/unchecked/safepy
cd bench
[ $# -eq 0 ] && set -- *.py

. "$(pwd)/best.sh"

irs() { # total instructions executed by "$@"
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2>&1
  sed -n 's/^summary: *//p; s/^totals: *//p' "$out" | head -1
  rm -f "$out"
}

if [ "$ICOUNT" = 1 ]; then unit=instructions; else unit="best-of-$N s"; fi
printf '%-18s %14s %14s %8s  %s   (%s)\n' benchmark checked unchecked ratio output "$unit"
logsum=0; count=0
for f in "$@"; do
  name=${f%.py}
  a=$("$CHECKED" "$f" 2>&1)
  b=$("$UNCHECKED" "$f" 2>&1)
  same=same; [ "$a" = "$b" ] || same=DIFFERS
  if [ "$ICOUNT" = 1 ]; then
    # interleaved so that neither build runs on a systematically busier machine
    tc=$(irs "$CHECKED" "$f"); tu=$(irs "$UNCHECKED" "$f")
  else
    tc=$(best "$CHECKED" "$f"); tu=$(best "$UNCHECKED" "$f")
  fi
  r=$(echo "$tc / $tu" | bc -l)
  printf '%-18s %14s %14s %8.3f  %s\n' "$name" "$tc" "$tu" "$r" "$same"
  logsum=$(echo "$logsum + l($r)" | bc -l); count=$((count+1))
done
[ "$count" -gt 0 ] && printf 'geometric mean checked/unchecked: %.3f\n' "$(echo "e($logsum / $count)" | bc -l)"
