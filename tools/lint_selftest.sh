#!/bin/sh
# Proves the lint catches what it must: every planted violation in tests/lint/bad_*.c is
# reported (one per line marked "// VIOLATION"), and tests/lint/good.c passes clean.
set -u
cd "$(dirname "$0")/.."
status=0
for f in tests/lint/bad_*.c; do
  want=$(grep -c '// VIOLATION' "$f")
  got=$(sh tools/lint.sh "$f" | grep -c 'raw memory access outside the kernel$')
  if [ "$got" -ne "$want" ]; then
    echo "lint selftest: $f: expected $want violations, lint found $got"; status=1
  fi
done
if ! sh tools/lint.sh tests/lint/good.c > /dev/null; then
  echo "lint selftest: tests/lint/good.c should be clean"; status=1
fi
[ $status -eq 0 ] && echo "lint selftest: ok"
exit $status
