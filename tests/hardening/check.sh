#!/bin/sh
# The release binary carries the hardening of the Makefile's HARDEN/HARDEN_LINK
# (../../docs/SAFETY.md "Hardening"): one PASS/FAIL line per property, read from the ELF
# file itself (readelf/objdump), so a build that lost a flag fails `make test`.
#   sh tests/hardening/check.sh BINARY          check BINARY
#   sh tests/hardening/check.sh --selftest      an unhardened program must fail every check
set -u
check() { # BINARY [LABEL]: prints PASS/FAIL per property
  b=$1; label=${2:-$1}
  dyn=$(readelf -dW "$b" 2>/dev/null); hdr=$(readelf -hW "$b" 2>/dev/null)
  seg=$(readelf -lW "$b" 2>/dev/null)
  res() { if [ "$2" = 1 ]; then echo "PASS hardening $1 ($label)"; else echo "FAIL hardening $1 ($label): $3"; fi; }
  ok=0; echo "$hdr" | grep -q 'Type: *DYN' && echo "$dyn" | grep -q 'FLAGS_1.*PIE' && ok=1
  res pie $ok "not a position-independent executable (-fPIE -pie)"
  ok=0; echo "$dyn" | grep -q '(FLAGS).*BIND_NOW' && ok=1
  res bind-now $ok "lazy binding: the GOT stays writable (-Wl,-z,now)"
  ok=0; echo "$seg" | grep -q 'GNU_RELRO' && ok=1
  res relro $ok "no read-only-after-relocation segment (-Wl,-z,relro)"
  ok=0; echo "$seg" | grep 'GNU_STACK' | grep -q ' RW ' && ok=1
  res nx-stack $ok "executable or missing stack segment flags"
  ok=0; nm -D "$b" 2>/dev/null | grep -q ' U __stack_chk_fail' && ok=1
  res stack-protector $ok "__stack_chk_fail not referenced (-fstack-protector-strong)"
  # CET branch markers: every function whose address may be taken starts with endbr64
  ok=0; objdump -d --no-show-raw-insn --disassemble=main "$b" 2>/dev/null |
    sed -n '/<main>:/{n;p;q}' | grep -q endbr64 && ok=1
  res cf-protection $ok "main does not start with endbr64 (-fcf-protection=full)"
  # the always-on UBSan checks compile to trap instructions (hundreds in safepy; an
  # unhardened build has a few dozen from __builtin_trap/unreachable): gcc's are ud2,
  # clang's ud1 (llvm.ubsantrap, the check's kind in its operand)
  n=$(objdump -d --no-show-raw-insn "$b" 2>/dev/null | grep -c -E '[[:space:]]ud[12]')
  ok=0; [ "$n" -ge 300 ] && ok=1
  res ubsan-traps $ok "only $n trap instructions (-fsanitize=... -fsanitize-undefined-trap-on-error)"
}
if [ "${1:-}" = "--selftest" ]; then
  t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
  printf 'int main(void) { return 0; }\n' > "$t/p.c"
  ${CC:-cc} -O2 -fno-pie -no-pie -fno-stack-protector -fcf-protection=none -Wl,-z,lazy \
    -Wl,-z,norelro -Wl,-z,execstack -o "$t/p" "$t/p.c" || { echo "FAIL hardening selftest: cc failed"; exit 1; }
  out=$(check "$t/p" unhardened)
  if echo "$out" | grep -q '^PASS'; then
    echo "FAIL hardening selftest: an unhardened program passed: $(echo "$out" | grep '^PASS' | tr '\n' '|')"
  else
    echo "PASS hardening selftest ($(echo "$out" | grep -c '^FAIL') checks fail on an unhardened program)"
  fi
  exit 0
fi
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: sh tests/hardening/check.sh BINARY | --selftest" >&2; exit 2; }
check "$1"
