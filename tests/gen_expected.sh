#!/bin/sh
# Regenerate expected outputs for the safepy conformance corpus from CPython 3.11.
# Usage: tests/gen_expected.sh [PYTHON]   (default /usr/bin/python3.11)
#   tests/lang/**/<case>.py  -> <case>.py.exp                 (stdout; must exit 0)
#   tests/errors/<case>.py   -> <case>.py.exp, .py.err, .py.code
# Helper module directories (any path component starting with mod_) are skipped.
set -u
PY=${1:-/usr/bin/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS
fail=0

find "$HERE/lang" -name '*.py' -not -path '*/mod_*' | sort | while IFS= read -r f; do
    d=$(dirname "$f"); b=$(basename "$f")
    if ! (cd "$d" && "$PY" "$b" > "$b.exp" < /dev/null); then
        echo "FAIL (non-zero exit): $f" >&2
    fi
done

find "$HERE/errors" -maxdepth 1 -name '*.py' | sort | while IFS= read -r f; do
    b=$(basename "$f")
    (cd "$HERE/errors" && "$PY" "$b" > "$b.exp" 2> "$b.err" < /dev/null; echo $? > "$b.code")
done
exit $fail
