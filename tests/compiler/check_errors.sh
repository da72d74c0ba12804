#!/bin/sh
# Checks syntax errors (type, message, lineno, offset, end_lineno, end_offset) reported by
# the safepy parser against CPython 3.11 for the cases in tests/compiler/errors/*.txt.
# A case file holds cases separated by lines "====" (optionally "==== single" or
# "==== eval" to parse the next case in that mode). Expected results are in
# <file>.exp (one line per case), made by `check_errors.sh --regen` with python3.11;
# the check itself needs no Python.  Prints FAIL lines and "N passed, N failed".
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=${PYTHON:-/usr/bin/python3.11}
BIN=${ASTDUMP:-$ROOT/build/astdump}
sh "$HERE/build.sh" --if-stale "$BIN" || exit 2
REGEN=0
[ "${1:-}" = "--regen" ] && REGEN=1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
for cases in "$HERE"/errors/*.txt; do
    rm -f "$TMP"/c_* "$TMP/out"
    # split into c_NNNN.MODE files
    awk -v dir="$TMP" '
        BEGIN { n = 0; mode = "exec"; f = sprintf("%s/c_%04d.%s", dir, n, mode); printf "" > f }
        /^====( (single|eval|exec))?$/ {
            close(f); n++; mode = ($2 == "") ? "exec" : $2
            f = sprintf("%s/c_%04d.%s", dir, n, mode); printf "" > f; first = 1; next }
        { if (!first_line_done[f]++) printf "%s", $0 > f; else printf "\n%s", $0 > f }
    ' "$cases"
    if [ $REGEN -eq 1 ]; then
        "$PY" "$HERE/pydump.py" -e "$TMP"/c_* > "$TMP/out" 2>/dev/null
    else
        "$BIN" -e "$TMP"/c_* > "$TMP/out"
    fi
    if [ $REGEN -eq 1 ]; then
        cp "$TMP/out" "$cases.exp"
        echo "regenerated $cases.exp ($(wc -l < "$cases.exp") cases)"
        continue
    fi
    n=0
    while IFS= read -r want <&3 && IFS= read -r got <&4; do
        n=$((n + 1))
        if [ "$want" = "$got" ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $(basename "$cases") case $n:"
            echo "   source: $(sed -n "$((n))p" /dev/null)$(cat "$(ls "$TMP"/c_* | sed -n "${n}p")" | head -3 | tr '\n' '|')"
            echo "   want:   $want"
            echo "   got:    $got"
        fi
    done 3< "$cases.exp" 4< "$TMP/out"
done
[ $REGEN -eq 1 ] && exit 0
echo "errors: $pass passed, $fail failed"
[ $fail -eq 0 ]
