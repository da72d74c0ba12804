#!/bin/sh
# Imports and runs unmodified pure-Python modules of CPython 3.11's standard library under
# safepy (issue 3: "import and run under safepy when placed on sys.path"). They are read
# from the machine's CPython installation at test time (never copied into this repo) and
# renamed cpy_* so safepy's own frozen modules of the same names are not shadowed.
# Usage: run.sh SAFEPY   (prints PASS/FAIL lines; SKIP when /usr/lib/python3.11 is absent)
set -u
SAFEPY=$1
LIB=${CPYTHON_LIB:-/usr/lib/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$LIB/heapq.py" ]; then echo "SKIP tests/cpython_lib: no $LIB"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in heapq bisect textwrap fractions difflib pprint string shlex calendar; do
  cp "$LIB/$m.py" "$tmp/cpy_$m.py"
done
mkdir "$tmp/cpy_json"
cp "$LIB"/json/__init__.py "$LIB"/json/decoder.py "$LIB"/json/encoder.py "$LIB"/json/scanner.py "$tmp/cpy_json/"
if PYTHONPATH= "$SAFEPY" -c "import sys; sys.path.insert(0, '$tmp'); exec(open('$HERE/driver.py').read())" > "$tmp/out" 2> "$tmp/err" &&
   cmp -s "$tmp/out" "$HERE/driver.py.exp"; then
  echo "PASS tests/cpython_lib/driver.py"
else
  echo "FAIL tests/cpython_lib/driver.py: $(diff "$tmp/out" "$HERE/driver.py.exp" | head -5 | tr '\n' '|') $(tail -n 2 "$tmp/err" | tr '\n' '|')"
fi
