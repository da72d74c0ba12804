#!/bin/sh
# Compares the safepy parser's AST (tests/compiler/astdump, positions included) with
# CPython 3.11's ast.dump(..., include_attributes=True).
#   tests/compiler/check_ast.sh            committed cases (tests/compiler/cases/*.py against
#                                          their .py.ast files; no Python needed), then, when
#                                          python3.11 is installed, tests/lang/**/*.py and
#                                          /usr/lib/python3.11/*.py
#   tests/compiler/check_ast.sh FILE...    just these files (needs python3.11)
# Prints one FAIL line per mismatch and "N passed, N failed".
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=${PYTHON:-/usr/bin/python3.11}
BIN=${ASTDUMP:-$ROOT/build/astdump}
sh "$HERE/build.sh" --if-stale "$BIN" || exit 2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

# compare_list LISTFILE: files in LISTFILE, reference from python3.11
compare_list() {
    [ -s "$1" ] || return 0
    xargs "$BIN" -a < "$1" > "$TMP/mine" 2> "$TMP/mine.err"
    xargs "$PY" "$HERE/pydump.py" -a < "$1" > "$TMP/ref" 2> /dev/null
    paste -d '\n' "$1" /dev/null > /dev/null
    awk -v mine="$TMP/mine" -v ref="$TMP/ref" '
        { f = $0; if ((getline a < mine) <= 0) a = "<none>"; if ((getline b < ref) <= 0) b = "<none>";
          if (a == b) p++; else { q++; print "FAIL " f } }
        END { printf "%d %d\n", p, q > "/dev/stderr" }' "$1" 2> "$TMP/counts"
    set -- $(cat "$TMP/counts")
    pass=$((pass + $1)); fail=$((fail + $2))
}

if [ $# -gt 0 ]; then
    for f in "$@"; do echo "$f"; done > "$TMP/list"
    compare_list "$TMP/list"
else
    for f in "$HERE"/cases/*.py; do
        [ -f "$f" ] || continue
        exp="$f.ast"
        if [ ! -f "$exp" ]; then echo "MISSING $exp"; fail=$((fail + 1)); continue; fi
        mode=exec
        case "$f" in *.eval.py) mode=eval ;; *.single.py) mode=single ;; esac
        if [ "$("$BIN" -a -m $mode "$f")" = "$(cat "$exp")" ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1)); echo "FAIL $f"
        fi
    done
    if [ -x "$PY" ]; then
        find "$ROOT/tests/lang" -name '*.py' 2>/dev/null | sort > "$TMP/list"
        ls /usr/lib/python3.11/*.py 2>/dev/null >> "$TMP/list"
        compare_list "$TMP/list"
    fi
fi
echo "ast: $pass passed, $fail failed"
[ $fail -eq 0 ]
