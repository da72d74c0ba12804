# Sourced by bench/run.sh and bench/checks.sh: best(CMD...) prints the best wall time in
# seconds of N runs of CMD (stdout discarded); with CPU=1, user+sys CPU time instead
# (/usr/bin/time, 10 ms resolution: on a loaded shared machine wall time mostly measures
# the other processes). Needs N set by the caller.
CPU=${CPU:-0}
TMPT=$(mktemp)
trap 'rm -f "$TMPT"' EXIT
best() { # best wall (or CPU) time in seconds of N runs of "$@" (stdout discarded)
  b=""
  for _ in $(seq "$N"); do
    if [ "$CPU" = 1 ]; then
      /usr/bin/time -f '%U %S' -o "$TMPT" "$@" > /dev/null 2>&1
      t=$(awk 'END { print $1 + $2 }' "$TMPT")
    else
      s=$(date +%s.%N)
      "$@" > /dev/null 2>&1
      e=$(date +%s.%N)
      t=$(echo "$e - $s" | bc -l)
    fi
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
  done
  printf '%.3f' "$b"
}
