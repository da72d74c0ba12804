#!/bin/sh
# Tests the freestanding trusted image (`make enclave`: BUILD_DIR/enclave/safepy-trusted,
# docs/ENCLAVE.md "Freestanding image"):
#   1. it is built (make O=BUILD_DIR enclave) and is a static executable with no
#      interpreter, no dynamic section and no undefined symbol;
#   2. the only function of the linked image holding a system call instruction (syscall,
#      sysenter, int $0x80) is boundary_syscall, defined in enclave/boundary.o; %fs is
#      used only for the stack guard at %fs:0x28 and the static TLS block, whose only
#      variable is errno (glibc's libm); glibc's IFUNC resolvers read only the CPU feature
#      bits src/kernel/freestanding.c fills;
#   3. no C library I/O, allocation, process or system call wrapper is in the image;
#   4. every enclave scenario of run_enclave.sh (requests, budgets, reset, OCALL
#      capabilities, the demo, the hostile host, measurement, the same output as plain
#      safepy) passes with safepy-host --image, plus every math and cmath test compared
#      with plain safepy and a few more scripts;
#   5. the math digest tests print exactly CPython's output (.exp) through the image;
#   6. a forbidden system call made inside kills the image (SIGSYS).
# Usage: run_freestanding.sh [BUILD_DIR] (default build). Prints PASS/FAIL lines; exits
# non-zero on a failure. Needs glibc's static libm (libc6-dev: libm-2.36.a, libc.a).
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
# %fs: the guard at %fs:0x28, or a TLS access through a register (the linker's relaxed
# errno@gottpoff); the TLS segment holds errno only (its alias __libc_errno included), and
# it fits the block the image reserves below its TCB (checked again by the image at start).
fs=$(grep '%fs:' "$tmp/dis" | grep -v -E '%fs:0x28,|%fs:\(%r[a-z0-9]+\)' | head -n 3)
tls=$(readelf -sW "$img" | awk '$4 == "TLS" {print $8}' | sort -u | tr '\n' ' ')
tlsmem=$(readelf -lW "$img" | awk '$1 == "TLS" {print $6}')
if [ -n "$fs" ]; then fail fs-guard-and-tls "other uses of %fs: $(echo "$fs" | tr '\n' '|')"
elif [ "$tls" != "__libc_errno errno " ]; then fail fs-guard-and-tls "TLS symbols: $tls"
elif [ $((tlsmem)) -gt 256 ]; then fail fs-guard-and-tls "TLS segment of $tlsmem bytes"
else pass fs-guard-and-tls; fi
# glibc 2.36's resolvers (functions *_ifunc) test only the "active" CPU feature bits that
# freestanding.c fills: SSE4.1 (0x2e bit 3), FMA (0x2d bit 4), AVX2 (0x48 bit 5), FMA4
# (0x6e bit 0), or load the leaf-1 ECX word (0x2c) and test FMA (ah 0x10) or AVX (bit 28).
# Another libm (a new layout or a new feature) fails here instead of picking a variant
# from an unfilled field.
# ifunc_reads DISASSEMBLY: those tests and loads, normalised ("testb $0x20,0x48").
ifunc_reads() {
  awk '/^[0-9a-f]+ <.*>:$/{f=$2} f ~ /_ifunc>:$/ && /\ttest|_dl_x86_cpu_features/' "$1" | cut -f2- |
    sed -E 's/^([a-z]+) +(\$0x[0-9a-f]+,)?0x[0-9a-f]+\(%rip\)(,%[a-z]+)? +# [0-9a-f]+ <_dl_x86_cpu_features\+(0x[0-9a-f]+)>$/\1 \2\4\3/; s/ +/ /g'
}
ifunc_bad() {
  grep -v -x -E 'testb \$0x8,0x2e|testb \$0x10,0x2d|testb \$0x20,0x48|testb \$0x1,0x6e|mov 0x2c,%eax|test \$0x10,%ah|test \$0x10000000,%eax'
}
ifunc_reads "$tmp/dis" > "$tmp/ifunc"
bad=$(ifunc_bad < "$tmp/ifunc" | sort -u)
outside=$(awk '/^[0-9a-f]+ <.*>:$/{f=$2} /_dl_x86_cpu_features/ && f !~ /_ifunc>:$/ && f != "<freestanding_init_libm>:" {print f}' "$tmp/dis" | sort -u | tr '\n' ' ')
nifunc=$(grep -c '_ifunc>:$' "$tmp/dis")
if [ -n "$bad" ]; then fail ifunc-cpu-features "resolvers read other CPU feature bits: $(echo "$bad" | tr '\n' '|')"
elif [ -n "$outside" ]; then fail ifunc-cpu-features "_dl_x86_cpu_features used by $outside"
elif [ "$nifunc" -lt 10 ] || [ "$(grep -c 'testb' "$tmp/ifunc")" -lt 10 ] || [ "$(readelf -rW "$img" | grep -c R_X86_64_IRELATIVE)" -lt 10 ]; then
  fail ifunc-cpu-features "expected glibc's multiarch resolvers and IRELATIVE relocations ($nifunc resolvers)"
else pass ifunc-cpu-features; fi
# The check itself catches a resolver that tests another bit (AVX512F, leaf 7 EBX bit 16).
printf '00000000004e1220 <__planted_ifunc>:\n  4e1220:\ttestb  $0x1,0x2b1e1c(%%rip)        # 793042 <_dl_x86_cpu_features+0x4a>\n  4e1227:\ttestb  $0x20,0x2b1e1b(%%rip)        # 793048 <_dl_x86_cpu_features+0x48>\n' > "$tmp/planted.dis"
if [ "$(ifunc_reads "$tmp/planted.dis" | ifunc_bad)" = 'testb $0x1,0x4a' ]; then pass check-catches-cpu-feature
else fail check-catches-cpu-feature "planted read not found: $(ifunc_reads "$tmp/planted.dis" | tr '\n' '|')"; fi

# 3. no C library I/O, allocation, process or system call wrappers
forbidden='printf|fprintf|sprintf|snprintf|vfprintf|puts|fputs|fopen|fclose|fread|fwrite|fflush|stdout|stderr|malloc|calloc|realloc|free|posix_memalign|__libc_start_main|exit|_exit|_Exit|abort|atexit|raise|open|openat|close|read|write|mmap|munmap|brk|sbrk|syscall|__syscall|__syscall_cp|prctl|getpid|kill|fork|execve|__errno_location|pthread_create|__init_libc|__libc'
found=$(nm --defined-only "$img" | awk '{print $3}' | grep -E -x "($forbidden)" | tr '\n' ' ')
if [ -n "$found" ]; then fail no-libc "C library functions in the image: $found"; else pass no-libc; fi
# What the math library brought in (for information): symbols not defined by our objects.
nm --defined-only "$build"/enclave/obj/*/*.o "$build/enclave/obj/frozen.o" 2>/dev/null | awk 'NF==3{print $3}' | sort -u > "$tmp/ours"
nm --defined-only "$img" | awk '$2 ~ /^[TtWw]$/ {print $3}' | sort -u | comm -23 - "$tmp/ours" > "$tmp/theirs"
echo "info: $(wc -l < "$tmp/theirs") functions from glibc's libm.a (and 5 libc.a math members) and libgcc: $(head -n 12 "$tmp/theirs" | tr '\n' ' ')..."

# 4. the enclave scenarios with the image
# (glibc's libm is linked in, so every math and cmath test gives the same output.)
math_tests=$(cd "$root" && ls tests/lang/stdlib/math_*.py tests/lang/stdlib/cmath_*.py | tr '\n' ' ')
HOST_IMAGE="$img" SAME_EXTRA="$math_tests tests/lang/stdlib/statistics_basic.py tests/lang/stdlib/random_seeds.py" \
  sh "$here/run_enclave.sh" "$build" > "$tmp/enc.out" 2>&1
st=$?
sed 's/^\(PASS\|FAIL\) enclave\//\1 freestanding\/enclave-/' "$tmp/enc.out"
[ $st -eq 0 ] || fails=$((fails+1))

# 4b. the whole language suite through the image (issue 5: the same Python test programs
# give the same results in normal and enclave mode): every tests/lang program outside
# stdlib/ and import/ (which read files and sibling modules: no file system inside), with
# the clock and random granted, must print its .exp on stdout and exit as expected.
# Not comparable, so left out: programs with .args/.in files, the open() tests (no file
# system inside), argv_basename (no command line inside), and programs whose first line
# says "# not in the image:" with the reason (files, sibling packages, sleep).
n_same=0; n_diff=0; diffs=""
for t in $(cd "$root" && ls tests/lang/*/*.py | grep -v -e '/stdlib/' -e '/import/' -e '/mod_' \
             -e '/builtins/open_' -e '/sys/argv_basename.py'); do
  [ -f "$root/$t.exp" ] || continue
  [ -f "$root/$t.args" ] || [ -f "$root/$t.in" ] && continue
  head -n 1 "$root/$t" | grep -q '^# not in the image:' && continue
  want=0; [ -f "$root/$t.code" ] && want=$(cat "$root/$t.code")
  (cd "$root/$(dirname "$t")" && timeout 30 "$build/safepy-host" --image "$img" --heap 256M \
      --allow clock,random run "$(basename "$t")" > "$tmp/lang.out" 2> /dev/null < /dev/null)
  code=$?
  if [ "$code" -eq "$want" ] && cmp -s "$tmp/lang.out" "$root/$t.exp"; then n_same=$((n_same+1))
  else n_diff=$((n_diff+1)); diffs="$diffs $t"; fi
done
if [ "$n_diff" -eq 0 ] && [ "$n_same" -gt 500 ]; then pass "lang-suite-in-image ($n_same programs)"
else fail lang-suite-in-image "$n_diff of $((n_same+n_diff)) differ:$(echo "$diffs" | cut -c1-300)"; fi

# 5. the math digests through the image are CPython's (.exp made by /usr/bin/python3.11)
for t in math_libm_digest cmath_libm_errors; do
  (cd "$root/tests/lang/stdlib" && timeout 120 "$build/safepy-host" --image "$img" run "$t.py" > "$tmp/$t.out" 2>&1)
  if cmp -s "$tmp/$t.out" "$root/tests/lang/stdlib/$t.py.exp"; then pass "cpython/$t"
  else fail "cpython/$t" "$(diff "$root/tests/lang/stdlib/$t.py.exp" "$tmp/$t.out" | head -n 4 | tr '\n' '|')"; fi
done

# 6. a forbidden system call inside kills the image (explicitly, with its status)
"$build/safepy-host" --image "$img" --test-hooks test-syscall > "$tmp/k.out" 2> "$tmp/k.err"
if grep -q 'killed by signal 31 (SIGSYS' "$tmp/k.err"; then pass seccomp-kills; else fail seccomp-kills "$(cat "$tmp/k.err" | tr '\n' '|')"; fi
# A missing image is reported, not a hang.
"$build/safepy-host" --image "$tmp/nonexistent" run "$here/data/hello.py" > "$tmp/m.out" 2> "$tmp/m.err"
if grep -q 'exited with status 127' "$tmp/m.err"; then pass missing-image; else fail missing-image "$(cat "$tmp/m.err" | tr '\n' '|')"; fi

[ "$fails" -eq 0 ]
