#!/bin/sh
# Regenerate the expected outputs of the safepy conformance corpus from CPython 3.11.
#
# Usage: tests/gen_expected.sh [PYTHON]      (default: /usr/bin/python3.11)
#
#   tests/lang/<topic>/<case>.py -> <case>.py.exp           stdout; the run must exit 0
#   tests/errors/<case>.py       -> <case>.py.exp           stdout
#                                   <case>.py.err           stderr
#                                   <case>.py.code          exit status
#
# Every case is run from its own directory with a relative script path, so
# sys.argv[0] is just the file name. CPython (3.9+) nevertheless reports the
# absolute path of the main script in tracebacks and SyntaxError locations, so
# the directory prefix is stripped from .err files: they say File "<case>.py".
# Helper module directories (any path component starting with mod_) are skipped.
set -u
PY=${1:-/usr/bin/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd -P)
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONSAFEPATH PYTHONINSPECT 2>/dev/null || true

fail=0
count=0
LIST=$(mktemp)
trap 'rm -f "$LIST"' EXIT

find "$HERE/lang" -name '*.py' -not -path '*/mod_*' | sort > "$LIST"
while IFS= read -r f; do
    d=$(dirname "$f"); b=$(basename "$f")
    count=$((count + 1))
    if ! (cd "$d" && "$PY" "$b" > "$b.exp" 2> /dev/null < /dev/null); then
        echo "FAIL (non-zero exit): ${f#$HERE/}" >&2
        fail=$((fail + 1))
    fi
done < "$LIST"

find "$HERE/errors" -maxdepth 1 -name '*.py' | sort > "$LIST"
while IFS= read -r f; do
    b=$(basename "$f")
    count=$((count + 1))
    (cd "$HERE/errors" && "$PY" "$b" > "$b.exp" 2> "$b.err.tmp" < /dev/null; echo $? > "$b.code")
    sed "s|File \"$HERE/errors/|File \"|g" "$HERE/errors/$b.err.tmp" > "$HERE/errors/$b.err"
    rm -f "$HERE/errors/$b.err.tmp"
done < "$LIST"

echo "generated expected output for $count cases ($fail failures)"
[ "$fail" -eq 0 ]
