#!/bin/sh
# Compiles every .py under DIR into the C table of frozen modules (the standard library
# is part of the binary: the enclave never reads a file). The sources are minified and
# compressed by the host tool LZPACK (tools/lzpack.c, built by the Makefile); the kernel
# decompresses a module when it is imported (src/kernel/lz.h, src/modules/frozen.h).
# Usage: freeze.sh DIR OUT.c LZPACK
set -eu
dir=$1
out=$2
lzpack=$3
# shellcheck disable=SC2046 # one argument per file; the names hold no blanks
"$lzpack" "$out" "$dir" $(cd "$dir" && find . -name '*.py' | sed 's|^\./||' | LC_ALL=C sort)
