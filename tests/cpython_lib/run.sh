#!/bin/sh
# Imports and runs unmodified pure-Python modules of CPython 3.11's standard library under
# safepy (issue 3: "import and run under safepy when placed on sys.path"). They are read
# from the machine's CPython installation at test time (never copied into this repo; on
# Debian they come from the packages libpython3.11-minimal and libpython3.11-stdlib) and
# renamed cpy_* (a/b.py becomes cpy_a_b.py, a package directory cpy_pkg) so safepy's own
# frozen modules of the same names are not shadowed. Modules safepy has no version of at
# all (token, genericpath, ...) are placed under their own names, as on CPython's path.
# Each driver*.py runs in a fresh interpreter; its expected output driver*.py.exp is what
# CPython prints running the same driver over the same copies:
#   CPYTHON_REGEN=1 sh tests/cpython_lib/run.sh /usr/bin/python3.11
# Usage: run.sh SAFEPY   (prints PASS/FAIL lines; SKIP when /usr/lib/python3.11 is absent)
set -u
SAFEPY=$1
# the drivers run in the temporary directory: a relative interpreter path (tests/run.sh
# passes build/safepy) is made absolute first
case "$SAFEPY" in */*) case "$SAFEPY" in /*) ;; *) SAFEPY=$(pwd)/$SAFEPY ;; esac ;; esac
LIB=${CPYTHON_LIB:-/usr/lib/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$LIB/heapq.py" ]; then echo "SKIP tests/cpython_lib: no $LIB"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in heapq bisect textwrap fractions difflib pprint string shlex calendar \
         fnmatch glob html/__init__ html/parser ipaddress colorsys graphlib reprlib getopt \
         base64 quopri keyword urllib/parse configparser netrc mimetypes \
         numbers sched optparse argparse _pydecimal datetime statistics dataclasses enum \
         functools collections/__init__ operator random copy types contextlib typing \
         _weakrefset _py_abc tokenize cmd gettext pathlib stat queue struct \
         pickle pickletools copyreg uuid zipfile tarfile wave http/cookies codeop opcode fileinput \
         csv hmac bdb; do
  cp "$LIB/$m.py" "$tmp/cpy_$(echo "$m" | sed 's#/__init__##; s#/#_#g').py"
done
for m in token genericpath ntpath _markupbase ipaddress _weakrefset _compat_pickle; do
  cp "$LIB/$m.py" "$tmp/$m.py"
done
for p in json tomllib; do
  mkdir "$tmp/cpy_$p"
  cp "$LIB/$p"/*.py "$tmp/cpy_$p/"
done
cp -R "$LIB/xml" "$tmp/xml"  # a package safepy lacks: its own name (absolute imports inside)
rm -rf "$tmp"/xml/__pycache__ "$tmp"/xml/*/__pycache__
for d in "$HERE"/driver*.py; do
  name=tests/cpython_lib/$(basename "$d")
  if [ "${CPYTHON_REGEN:-}" = 1 ]; then
    (cd "$tmp" && PYTHONPATH= timeout 300 "$SAFEPY" -c "import sys; sys.path.insert(0, '$tmp'); exec(open('$d').read())" > "$d.exp") &&
      echo "REGEN $name" || echo "REGEN FAILED $name"
    continue
  fi
  if (cd "$tmp" && PYTHONPATH= timeout 300 "$SAFEPY" -c "import sys; sys.path.insert(0, '$tmp'); exec(open('$d').read())") > "$tmp/out" 2> "$tmp/err" &&
     cmp -s "$tmp/out" "$d.exp"; then
    echo "PASS $name"
  else
    echo "FAIL $name: $(diff "$tmp/out" "$d.exp" | head -5 | tr '\n' '|') $(tail -n 2 "$tmp/err" | tr '\n' '|')"
  fi
done
