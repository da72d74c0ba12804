#!/bin/sh
# Moves the hot functions of one object file into the linker's sorted group (see
# tools/hot_functions.txt): section .text.F of each function F listed for SRC becomes
# .text.sorted.NNN_F (NNN: its line among the listed functions), and the first listed
# function's section is aligned to 4096 bytes. Sections not present (a function inlined
# away or renamed) are skipped. Usage: hot_sections.sh LIST SRC OBJ
set -eu
list=$1 src=$2 obj=$3
OBJCOPY=${OBJCOPY:-objcopy}
secs=$(objdump -h "$obj" | awk '$2 ~ /^\.text\./ { print $2 }')
args=""
align=""
rank=0
while read -r file fn; do
  case "$file" in '#'*|'') continue ;; esac
  if [ "src/$file" = "$src" ] && printf '%s\n' "$secs" | grep -Fqx ".text.$fn"; then
    new=$(printf '.text.sorted.%03d_%s' "$rank" "$fn")
    args="$args --rename-section .text.$fn=$new"
    [ "$rank" -eq 0 ] && align="--set-section-alignment $new=4096"
  fi
  rank=$((rank + 1))
done < "$list"
[ -z "$args" ] && exit 0
# shellcheck disable=SC2086
"$OBJCOPY" $args "$obj"
[ -z "$align" ] || "$OBJCOPY" $align "$obj"
