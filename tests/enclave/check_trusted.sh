#!/bin/sh
# Checks the trusted objects of BUILD_DIR (the code that runs inside the enclave child:
# every object except src/host, src/cli, src/enclave/posix_host.c, src/enclave/api.c):
#   1. every symbol they reference and do not define themselves is in
#      allowed_symbols.txt; the "boundary:" entries (system call wrappers) only from
#      enclave/boundary.o;
#   2. no trusted function contains a system call instruction (syscall, sysenter,
#      int $0x80, svc): the trusted code reaches the kernel only through boundary.o's
#      references to the wrappers above.
# Usage: check_trusted.sh BUILD_DIR. Prints PASS/FAIL lines like run_enclave.sh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: check_trusted.sh BUILD_DIR}
root=$(cd "$here/../.." && pwd)
# Objects of sources that exist (a stale object of a deleted file is not part of the image).
objs=$(cd "$build/obj" && ls */*.o frozen.o 2>/dev/null | grep -v -e '^cli/' -e '^host/' -e '^enclave/posix_host.o$' -e '^enclave/api.o$' |
       while read -r o; do if [ "$o" = frozen.o ] || [ -f "$root/src/${o%.o}.c" ]; then echo "$o"; fi; done)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
grep -v '^#' "$here/allowed_symbols.txt" | grep -v '^boundary:' | grep . | sort -u > "$tmp/allowed"
grep '^boundary:' "$here/allowed_symbols.txt" | sed 's/^boundary: *//' | sort -u > "$tmp/boundary"
(cd "$build/obj" && nm --defined-only $objs 2>/dev/null | awk 'NF==3{print $3}' | sort -u) > "$tmp/defined"
bad=""
for o in $objs; do
  nm -u "$build/obj/$o" | awk '$1 == "U" {print $2}' | sort -u > "$tmp/u"  # weak references (w) may stay unresolved
  # sanitizer runtimes (asan/ubsan builds) and fortified variants of allowed functions
  extra=$(comm -23 "$tmp/u" "$tmp/defined" | comm -23 - "$tmp/allowed" | grep -v -e '^__asan_' -e '^__ubsan_' -e '^__sanitizer_' -e '^__sancov_' | \
          while read -r s; do
            base=$(echo "$s" | sed -n 's/^__\(.*\)_chk$/\1/p')
            [ -n "$base" ] && grep -qx "$base" "$tmp/allowed" && continue
            echo "$s"
          done)
  if [ "$o" = enclave/boundary.o ]; then
    # the system call wrappers, and their fortified variants (FORTIFY_SOURCE=3 turns
    # read() into __read_chk when the buffer's size is known)
    extra=$(echo "$extra" | grep . | grep -vxF -f "$tmp/boundary" | \
            while read -r s; do
              base=$(echo "$s" | sed -n 's/^__\(.*\)_chk$/\1/p')
              [ -n "$base" ] && grep -qx "$base" "$tmp/boundary" && continue
              echo "$s"
            done)
  fi
  if [ -n "$extra" ]; then
    bad="$bad $o:$(echo "$extra" | tr '\n' ',')"
  fi
done
if [ -z "$bad" ]; then
  echo "PASS enclave/trusted-symbols ($(echo "$objs" | wc -w) objects)"
else
  echo "FAIL enclave/trusted-symbols: references outside the allow-list:$bad"
  status=1
fi
sys=$(cd "$build/obj" && for o in $objs; do
  objdump -d --no-show-raw-insn "$o" | awk -v o="$o" '/^[0-9a-f]+ <.*>:$/{f=$2} /\t(syscall|sysenter|int +\$0x80|svc +#?0x?0?)/{print o ":" f}'
done | sort -u)
if [ -z "$sys" ]; then
  echo "PASS enclave/trusted-syscalls (no system call instruction in trusted code)"
else
  echo "FAIL enclave/trusted-syscalls: $(echo "$sys" | tr '\n' ' ')"
  status=1
fi
exit $status
