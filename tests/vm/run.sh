#!/bin/sh
# Builds and runs the VM's C unit tests (the bytecode verifier) against the objects of a
# finished build: sh tests/vm/run.sh [build-dir]   (default build; build/asan for ASan)
set -eu
B=${1:-}
case "$B" in /*|'') ;; *) B=$(pwd)/$B ;; esac  # relative to the caller's directory
cd "$(dirname "$0")/../.."
B=${B:-build}
CC=${CC:-cc}
FLAGS="-std=gnu11 -Wall -Wextra -Werror -g -O1 -Isrc -Iinclude"
case "$B" in
  *asan*) FLAGS="$FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all" ;;
esac
objs=$(find "$B/obj" -name '*.o' ! -path '*/cli/*' ! -path '*/host/*')
mkdir -p "$B/vmtests"
$CC $FLAGS -o "$B/vmtests/test_verify" tests/vm/test_verify.c $objs -lm
"$B/vmtests/test_verify"
