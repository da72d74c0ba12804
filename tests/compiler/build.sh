#!/bin/sh
# Builds the parser test driver: tests/compiler/build.sh [OUT] (default build/astdump).
# Extra compiler flags come from $CFLAGS (e.g. CFLAGS="-fsanitize=address,undefined -O1").
#   build.sh --if-stale OUT: only when OUT is missing or older than a source it is built from
#   or than this script (the check_*.sh scripts use this, so a stale driver is never tested).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ "${1:-}" = "--if-stale" ]; then
  shift
  if [ -x "$1" ] && [ -z "$(find "$ROOT/src/compiler" "$ROOT/src/kernel" "$ROOT/include" \
      "$ROOT/tests/compiler/astdump.c" "$ROOT/tests/compiler/build.sh" \
      -newer "$1" \( -name '*.[ch]' -o -name build.sh \) 2>/dev/null | head -n 1)" ]; then
    exit 0
  fi
fi
OUT=${1:-$ROOT/build/astdump}
mkdir -p "$(dirname "$OUT")"
CC=${CC:-cc}
# The whole kernel, as the kernel unit tests link it (a hand-picked list missed lz.c once,
# which the Unicode name tables came to need, and the checkers stopped building).
${CC} -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
    -Wmissing-prototypes -Wvla -Wpointer-arith -Wundef -fno-strict-aliasing ${CFLAGS:-} \
    -I"$ROOT/include" -o "$OUT" "$ROOT/tests/compiler/astdump.c" "$ROOT"/src/kernel/*.c \
    "$ROOT"/src/compiler/ast.c "$ROOT"/src/compiler/tokenizer.c "$ROOT"/src/compiler/parser*.c -lm
