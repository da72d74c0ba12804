#!/bin/sh
# Conformance against CPython 3.11's own test suite (not in this repo): runs each named
# module of Lib/test (default: the list below, core language and the standard library
# safepy ships) under PYTHON with tools/cpython_tests/harness.py, one fresh process and a
# time limit per module, and prints a table with the tests run, failed, errored, skipped
# and passed per module plus the totals. A module that does not import or times out
# counts as run 0 with its last line as the reason. Needs the CPython test suite:
#   apt-get install libpython3.11-testsuite      (files under /usr/lib/python3.11/test)
# Usage: sh tools/cpython_tests.sh PYTHON [MODULE...]
#   OUT=DIR keeps each module's full output in DIR/NAME.txt; TIMEOUT (s, default 300).
# Run it with /usr/bin/python3.11 as PYTHON to see the same suite's numbers on CPython.
set -u
[ $# -ge 1 ] || { echo "usage: $0 PYTHON [MODULE...]" >&2; exit 2; }
PY=$1; shift
# the modules run in a temporary directory: a relative interpreter path is made absolute
case "$PY" in */*) case "$PY" in /*) ;; *) PY=$(pwd)/$PY ;; esac ;; esac
LIB=${CPYTHON_LIB:-/usr/lib/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd)
[ -f "$LIB/test/test_bool.py" ] || { echo "$0: no CPython test suite in $LIB/test (apt-get install libpython3.11-testsuite)" >&2; exit 2; }
TIMEOUT=${TIMEOUT:-300}
if [ $# -eq 0 ]; then
  set -- test_bool test_int test_long test_float test_complex test_list test_tuple \
    test_dict test_set test_string test_unicode test_bytes test_format test_fstring \
    test_string_literals test_grammar test_syntax test_scope test_class test_descr \
    test_property test_super test_generators test_coroutines test_asyncgen test_with \
    test_contextlib test_exceptions test_raise test_baseexception test_exception_group \
    test_except_star test_types test_iter test_isinstance test_enumerate test_range \
    test_slice test_sort test_index test_pow test_compare test_richcmp test_contains \
    test_augassign test_keywordonlyarg test_unpack test_opcodes test_dictviews \
    test_patma test_print test_int_literal test_strtod test_math test_cmath \
    test_itertools test_functools test_collections test_operator test_heapq \
    test_bisect test_random test_statistics test_fractions test_decimal test_datetime \
    test_textwrap test_json test_re test_abc test_dataclasses test_enum test_typing \
    test_copy test_pprint test_difflib test_shlex test_calendar test_struct test_base64 \
    test_binascii test_hashlib test_hmac test_zlib test_array test_memoryview \
    test_weakref test_userdict test_userlist test_userstring test_deque \
    test_defaultdict test_ordered_dict test_bigmem
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '| module | run | fail | error | skip | passed |\n|---|---:|---:|---:|---:|---:|\n'
for m in "$@"; do
  out="$tmp/$m.txt"
  (cd "$tmp" && timeout "$TIMEOUT" "$PY" "$HERE/cpython_tests/harness.py" "$m" 0 "$LIB") > "$out" 2>&1
  [ -n "${OUT:-}" ] && mkdir -p "$OUT" && cp "$out" "$OUT/$m.txt"
  line=$(grep -E "^$m run [0-9]+ fail" "$out" | tail -n 1)
  if [ -n "$line" ]; then
    echo "$line" | awk '{ printf "| %s | %d | %d | %d | %d | %d |\n", $1, $3, $5, $7, $9, $3 - $5 - $7 - $9 }'
  else
    why=$(tail -n 1 "$out" | cut -c1-100 | tr '|' '/')
    printf '| %s | 0 | 0 | 0 | 0 | 0 | (%s)\n' "$m" "${why:-timeout}"
  fi
done | tee "$tmp/table"
awk -F'|' '/^\| test_/ { r += $3; f += $4; e += $5; s += $6; p += $7; n++; if ($3 + 0 == 0) z++ }
  END { printf "| **total (%d modules, %d not loaded)** | %d | %d | %d | %d | %d |\n", n, z, r, f, e, s, p }' "$tmp/table"
