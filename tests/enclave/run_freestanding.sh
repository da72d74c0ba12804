#!/bin/sh
# Tests the freestanding trusted image (`make enclave`: BUILD_DIR/enclave/safepy-trusted,
# docs/ENCLAVE.md "Freestanding image"):
#   1. it is built (make O=BUILD_DIR enclave) and is a static executable with no
#      interpreter, no dynamic section and no undefined symbol;
#   2. the only function of the linked image holding a system call instruction (syscall,
#      sysenter, int $0x80) is boundary_syscall, defined in enclave/boundary.o; %fs is
#      used only for the stack guard at %fs:0x28 (musl's math objects);
#   3. no C library I/O, allocation, process or system call wrapper is in the image;
#   4. every enclave scenario of run_enclave.sh (requests, budgets, reset, OCALL
#      capabilities, the demo, the hostile host, measurement, the same output as plain
#      safepy) passes with safepy-host --image, plus a few more scripts compared with
#      plain safepy;
#   5. a forbidden system call made inside kills the image (SIGSYS).
# Usage: run_freestanding.sh [BUILD_DIR] (default build). Prints PASS/FAIL lines; exits
# non-zero on a failure. Needs musl-dev (/usr/lib/x86_64-linux-musl/libc.a, math only).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case "$build" in
  /*) ;;
  *) build="$root/$build" ;;
esac
img="$build/enclave/safepy-trusted"
fails=0
pass() { echo "PASS freestanding/$1"; }
fail() { echo "FAIL freestanding/$1: $2"; fails=$((fails+1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! (cd "$root" && make -s O="$build" enclave > "$tmp/make.out" 2>&1); then
  fail build "$(tail -n 5 "$tmp/make.out" | tr '\n' '|')"
  exit 1
fi
pass build

# 1. static, self-contained
if readelf -lW "$img" | grep -q INTERP || readelf -dW "$img" | grep -q 'NEEDED'; then
  fail static "the image has a program interpreter or needs shared libraries"
elif [ -n "$(nm -u "$img")" ]; then
  fail static "undefined symbols: $(nm -u "$img" | tr '\n' ' ')"
else
  pass static
fi

# 2. system call instructions only in the boundary layer
# syscall_funcs FILE: the functions of FILE holding a system call instruction.
syscall_funcs() {
  objdump -d --no-show-raw-insn "$1" | awk '/^[0-9a-f]+ <.*>:$/{f=$2} /\t(syscall|sysenter|int +\$0x80)/{print f}' | sort -u | tr '\n' ' '
}
objdump -d --no-show-raw-insn "$img" > "$tmp/dis"
sys=$(syscall_funcs "$img")
if [ "$sys" != "<boundary_syscall>: " ]; then
  fail syscalls-only-in-boundary "functions with a system call instruction: $sys"
elif ! nm --defined-only "$build/enclave/obj/enclave/boundary.o" | grep -q ' T boundary_syscall$'; then
  fail syscalls-only-in-boundary "boundary_syscall is not defined by enclave/boundary.o"
else
  pass syscalls-only-in-boundary
fi
# The check itself catches a planted system call in another function of a static image.
printf 'long boundary_syscall(void){long r; __asm__ volatile("syscall":"=a"(r):"a"(39L)); return r;}\nlong sneaky(void){long r; __asm__ volatile("syscall":"=a"(r):"a"(39L)); return r;}\nvoid _start(void){boundary_syscall(); sneaky(); for(;;);}\n' > "$tmp/bad.c"
if ${CC:-cc} -O0 -ffreestanding -nostdlib -static -o "$tmp/bad" "$tmp/bad.c" 2> "$tmp/bad.err"; then
  if [ "$(syscall_funcs "$tmp/bad")" = "<boundary_syscall>: <sneaky>: " ]; then pass check-catches-syscall
  else fail check-catches-syscall "planted syscall not found: $(syscall_funcs "$tmp/bad")"; fi
else
  fail check-catches-syscall "$(head -n 2 "$tmp/bad.err" | tr '\n' '|')"
fi
fs=$(grep '%fs:' "$tmp/dis" | grep -v '%fs:0x28,' | head -n 3)
if [ -n "$fs" ]; then fail fs-only-guard "other uses of %fs: $(echo "$fs" | tr '\n' '|')"; else pass fs-only-guard; fi

# 3. no C library I/O, allocation, process or system call wrappers
forbidden='printf|fprintf|sprintf|snprintf|vfprintf|puts|fputs|fopen|fclose|fread|fwrite|fflush|stdout|stderr|malloc|calloc|realloc|free|posix_memalign|__libc_start_main|exit|_exit|_Exit|abort|atexit|raise|open|openat|close|read|write|mmap|munmap|brk|sbrk|syscall|__syscall|__syscall_cp|prctl|getpid|kill|fork|execve|__errno_location|pthread_create|__init_libc|__libc'
found=$(nm --defined-only "$img" | awk '{print $3}' | grep -E -x "($forbidden)" | tr '\n' ' ')
if [ -n "$found" ]; then fail no-libc "C library functions in the image: $found"; else pass no-libc; fi
# What the math library brought in (for information): symbols not defined by our objects.
nm --defined-only "$build"/enclave/obj/*/*.o "$build/enclave/obj/frozen.o" 2>/dev/null | awk 'NF==3{print $3}' | sort -u > "$tmp/ours"
nm --defined-only "$img" | awk '$2 ~ /^[TtWw]$/ {print $3}' | sort -u | comm -23 - "$tmp/ours" > "$tmp/theirs"
echo "info: $(wc -l < "$tmp/theirs") functions from musl's libc.a (math) and libgcc: $(head -n 12 "$tmp/theirs" | tr '\n' ' ')..."

# 4. the enclave scenarios with the image
HOST_IMAGE="$img" SAME_EXTRA="tests/lang/stdlib/math_gamma.py tests/lang/stdlib/math_int.py tests/lang/stdlib/math_hypot_long.py tests/lang/stdlib/statistics_basic.py tests/lang/stdlib/random_seeds.py" \
  sh "$here/run_enclave.sh" "$build" > "$tmp/enc.out" 2>&1
st=$?
sed 's/^\(PASS\|FAIL\) enclave\//\1 freestanding\/enclave-/' "$tmp/enc.out"
[ $st -eq 0 ] || fails=$((fails+1))

# 5. a forbidden system call inside kills the image (explicitly, with its status)
"$build/safepy-host" --image "$img" --test-hooks test-syscall > "$tmp/k.out" 2> "$tmp/k.err"
if grep -q 'killed by signal 31 (SIGSYS' "$tmp/k.err"; then pass seccomp-kills; else fail seccomp-kills "$(cat "$tmp/k.err" | tr '\n' '|')"; fi
# A missing image is reported, not a hang.
"$build/safepy-host" --image "$tmp/nonexistent" run "$here/data/hello.py" > "$tmp/m.out" 2> "$tmp/m.err"
if grep -q 'exited with status 127' "$tmp/m.err"; then pass missing-image; else fail missing-image "$(cat "$tmp/m.err" | tr '\n' '|')"; fi

[ "$fails" -eq 0 ]
