#!/bin/sh
# Binary size report (docs/notes/size.md): text/data/bss of SAFEPY and where the bytes
# go: machine code, the frozen standard library (compressed sources and compressed
# precompiled code in the binary; uncompressed and minified sizes from the generated
# tables next to the binary: stage0/frozen_src.c by tools/lzpack, frozen.c by
# tools/freezecode), the Unicode tables, the rest of the read-only data.
# Usage: size.sh SAFEPY      (e.g. sh bench/size.sh build/safepy)
set -eu
bin=${1:?usage: size.sh SAFEPY}
size "$bin"
# Sum of the sizes (nm -S) of the symbols whose name matches the extended regexp $1.
sum_syms() {
  total=0
  for h in $(nm -S --defined-only "$bin" | awk -v re="$1" 'NF == 4 && $4 ~ re { print $2 }'); do
    total=$((total + 0x$h))
  done
  echo "$total"
}
sect() { size -A "$bin" | awk -v s="$1" '$1 == s { print $2 }'; }
text=$(sect .text)
rodata=$(sect .rodata)
frozen=$(sum_syms '^frozen_(src_)?[0-9]+$')
fcode=$(sum_syms '^frozen_code_[0-9]+$')
ftable=$(sum_syms '^frozen_modules$')
ucd=$(sum_syms '^unicode_(ucd|db)_')
printf '%-34s %9s\n' "part" "bytes"
printf '%-34s %9d\n' "machine code (.text)" "$text"
printf '%-34s %9d\n' "read-only data (.rodata)" "$rodata"
printf '%-34s %9d\n' "  frozen stdlib, compressed" "$frozen"
printf '%-34s %9d\n' "  frozen bytecode, compressed" "$fcode"
printf '%-34s %9d\n' "  Unicode tables (unicode_db/ucd)" "$ucd"
printf '%-34s %9d\n' "  other read-only data" "$((rodata - frozen - fcode - ucd))"
printf '%-34s %9d\n' "frozen module table (.data)" "$ftable"
printf '%-34s %9d\n' "unwind tables (.eh_frame*)" "$(( $(sect .eh_frame) + $(sect .eh_frame_hdr) ))"
stats=$(dirname "$bin")/frozen.c
[ -f "$(dirname "$bin")/stage0/frozen_src.c" ] && stats=$(dirname "$bin")/stage0/frozen_src.c
if [ -f "$stats" ]; then
  grep -o 'lzpack stats: .*[0-9]' "$stats" | awk '{
    printf "%-34s %9d\n%-34s %9d\n", "frozen stdlib, source", $4, "frozen stdlib, minified", $6
    if ($8 > 0) printf "%-34s %9.2f\n", "compression ratio (source alone)", $4 / $8 }'
fi
code=$(dirname "$bin")/frozen.c
if [ -f "$code" ]; then
  # (the final table's sources are compressed after their code: docs/notes/frozen21.md)
  src=$(grep -o 'lzpack stats: .*[0-9]' "$stats" | awk '{ print $4 }')
  grep -o 'freezecode stats: .*[0-9]' "$code" | tr -d ',' | awk -v src="$src" '{
    if ($5 > 0 && src > 0) printf "%-34s %9.2f\n", "  source ratio after its code", src / $5
    printf "%-34s %9d\n", "frozen bytecode, marshalled", $7
    if ($9 > 0) printf "%-34s %9.2f\n", "compression ratio (code)", $7 / $9 }'
fi
