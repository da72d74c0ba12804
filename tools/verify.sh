#!/bin/sh
# `make verify`: the Frama-C gate (docs/SAFETY.md). Runs WP on tests/verify/wp_*.c (every
# goal proved) and Eva on each driver in tests/verify/eva_*.c with the kernel files it
# covers; an Eva driver passes only when
# frama-c exits 0 (no alarm, no unproved assertion: -eva-warn-key alarm=error) AND it
# printed its reachability marker (so a driver that stops early cannot pass).
#   sh tools/verify.sh [driver...]      (default: every driver below)
set -u
cd "$(dirname "$0")/.."
FRAMAC=${FRAMAC:-frama-c}
if ! command -v "$FRAMAC" >/dev/null 2>&1; then
  echo "verify: frama-c not found (apt-get install frama-c-base)"; exit 2
fi
K=src/kernel
# driver name -> kernel sources it is run with
sources() {
  case "$1" in
    eva_utf8) echo "$K/utf8.c $K/siphash.c $K/buf.c $K/unicode.c $K/unicode_db.c" ;;
    eva_buf) echo "$K/buf.c" ;;
    *) echo "" ;;
  esac
}
drivers=${*:-"wp_checked eva_utf8"}
mkdir -p build/verify
status=0
for d in $drivers; do
  log=build/verify/$d.log
  case "$d" in
    wp_*)
      # WP: every goal (contracts + -wp-rte runtime-error guards) must be proved; the
      # -then -report tail turns any unproved goal into a non-zero exit.
      $FRAMAC -c11 -wp -wp-rte -warn-unsigned-overflow -cpp-extra-args="-Isrc" \
        "tests/verify/$d.c" -wp-prover z3,cvc4 -wp-timeout 10 -wp-par 2 \
        -then -report -report-classify -report-unclassified-unknown ERROR > "$log" 2>&1
      rc=$?
      goals=$(sed -n 's/.*Proved goals: *\([0-9]* \/ [0-9]*\).*/\1/p' "$log" | tail -n 1)
      if [ $rc -eq 0 ] && [ -n "$goals" ]; then
        echo "PASS verify $d: $goals goals proved"
      else
        echo "FAIL verify $d: frama-c exit $rc, ${goals:-no} goals proved (see $log)"; status=1
      fi
      continue ;;
  esac
  # shellcheck disable=SC2046
  $FRAMAC -c11 -eva -eva-precision 6 -eva-alloc-builtin fresh -eva-no-print \
    -eva-warn-key alarm=error -kernel-warn-key annot:missing-spec=error \
    -eva-warn-key builtins:missing-spec=error -cpp-extra-args="-Isrc -Itests/verify" \
    -main "$d" "tests/verify/$d.c" $(sources "$d") > "$log" 2>&1
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAIL verify $d: frama-c exit $rc (see $log)"; status=1
  elif ! grep -q "Frama_C_show_each_reached_end" "$log"; then
    echo "FAIL verify $d: driver did not reach its end (see $log)"; status=1
  else
    echo "PASS verify $d: no alarm, end reached"
  fi
done
exit $status
