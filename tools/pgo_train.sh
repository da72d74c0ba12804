#!/bin/sh
# Training run of the profile-guided build (`make pgo`, docs/notes/pgo22.md): runs every
# language test program (tests/lang/**/*.py) once with the instrumented interpreter SAFEPY,
# in the program's directory, output discarded, so that the compiler learns which branches
# and functions ordinary Python code exercises. The benchmark programs (bench/) are not part
# of the training set: `make bench` measures programs the profile has not seen.
# Usage: pgo_train.sh SAFEPY [JOBS]
set -eu
SAFEPY=$1
JOBS=${2:-2}
case "$SAFEPY" in /*) ;; *) SAFEPY="$(pwd)/$SAFEPY" ;; esac
export SAFEPY
find tests/lang -name '*.py' | sort | xargs -P "$JOBS" -n 16 sh -c '
for t in "$@"; do
  args=""
  [ -f "$t.args" ] && args=$(cat "$t.args")
  # shellcheck disable=SC2086
  (cd "$(dirname "$t")" && timeout 60 "$SAFEPY" $args "$(basename "$t")" < /dev/null > /dev/null 2>&1) || true
done' sh
