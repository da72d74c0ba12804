#!/bin/sh
# `make verify`: the Frama-C gate (docs/SAFETY.md). Runs WP on tests/verify/wp_*.c (every
# goal proved) and Eva on each driver in tests/verify/eva_*.c with the kernel files it
# covers; an Eva unit passes only when
# frama-c exits 0 (no alarm, no unproved assertion: -eva-warn-key alarm=error) AND it
# printed its reachability marker (so a driver that stops early cannot pass).
#   sh tools/verify.sh [unit...]      (default: the gate list in `drivers=` below)
# A driver too slow to analyse whole is split into units (tests/verify/eva_unit.h): unit
# eva_X.NAME is tests/verify/eva_X.c analysed from its entry point eva_X_NAME, with the
# kernel sources of eva_X and the options of eva_X.NAME (or eva_X); `sh tools/verify.sh
# eva_X` runs every unit of the driver. Units not in the default list failed or took too
# long (docs/notes/verify11.md). Every Eva run ends with Metrics' per-function coverage,
# which tools/kernel_coverage.py reads from build/verify/<unit>.log.
set -u
cd "$(dirname "$0")/.."
# kernel_coverage.py runs on safepy itself when it is built (a fresh CI machine may have
# no python3); python3 otherwise.
if [ -x build/safepy ]; then COVPY=build/safepy; else COVPY=python3; fi
FRAMAC=${FRAMAC:-frama-c}
if ! command -v "$FRAMAC" >/dev/null 2>&1; then
  echo "verify: frama-c not found (apt-get install frama-c-base)"; exit 2
fi
K=src/kernel
# driver name -> kernel sources its units are run with
sources() {
  case "$1" in
    eva_utf8) echo "$K/utf8.c $K/siphash.c $K/buf.c $K/unicode.c $K/unicode_db.c" ;;
    eva_buf) echo "$K/buf.c $K/utf8.c" ;;
    eva_vec) echo "$K/vec.c" ;;
    eva_hindex) echo "$K/hindex.c $K/vec.c" ;;
    eva_bigint) echo "$K/bigint.c" ;;
    eva_digest) echo "$K/digest.c $K/digest_sha3.c $K/digest_blake2.c" ;;
    eva_lz) echo "$K/lz.c $K/buf.c" ;;
    eva_dtoa) echo "$K/dtoa.c" ;;
    eva_unicode_ucd) echo "$K/unicode_ucd.c $K/unicode_ucd_db.c $K/buf.c" ;;
    *) echo "" ;;
  esac
}
# WP unit -> functions to prove (default: every function defined in it). wp_access leaves
# out value.h's tagging helpers, whose unsigned wrap-around is intended (pointer tags).
wpopts() {
  case "$1" in
    wp_access) echo "-wp-fct buf_init,buf_view,bview_get,bview_slice,buf_get,buf_set,vview_get,vview_of_vec,vview_slice,vview_make,vec_init,vec_get,vec_set,varr_get,varr_set,vview_of_arr,vec_of_arr,big_limb,big_set_limb" ;;
    wp_utf8) echo "-wp-fct utf8_decode_strict,utf8_encode,utf8_cp_len,utf8_err_reason" ;;
    wp_hindex) echo "-wp-fct hindex_slot,hindex_entry_hash,hindex_size_for,slot_ix,hindex_init" ;;
    wp_small) echo "-wp-fct cargs_get,xfer_to_raw,val_is_small,val_is_ptr,val_fits_small" ;;
    wp_heap) echo "-wp-fct size_to_class,class_slots,bit_get,meta_per_block,heap_region_size,slot_of,heap_slot_of,fin_compact,heap_fin_take" ;;
    *) echo "" ;;
  esac
}
# unit or driver name -> extra Eva options (state budget for drivers whose sizes are all
# split); a unit without its own line takes its driver's
evaopts() {
  case "$1" in
    # split-return: keep the K_OK and K_NOMEM results of buf_reserve/vec_reserve apart
    # (joined, the old and new capacity would mix in one state: a false out-of-bounds
    # alarm, e.g. at buf_cstr after a failed append)
    eva_buf|eva_vec) echo "-eva-slevel 1000 -eva-split-return full" ;;
    # big_popcount clears one bit of an unknown limb per iteration: partitioned, its loop
    # alone used up the state budget for minutes; joined, its count is just any uint64_t
    eva_bigint) echo "-eva-slevel 1000 -eva-split-return full -eva-slevel-function big_popcount:0" ;;
    # operand x capacity x 67 bit counts: 1,005 states at the call
    eva_bigint.shift_left|eva_bigint.shift_right) echo "-eva-slevel 2000 -eva-split-return full -eva-slevel-function big_popcount:0" ;;
    # operands x capacity x signs: 1,100 states at the return, joined at 1,000 (rn <= nr
    # lost)
    eva_bigint.bitop) echo "-eva-slevel 3000 -eva-split-return full -eva-slevel-function big_popcount:0" ;;
    # big_to_double gathers the top 64 bits with big_bit: its 0/1 result split (full)
    # doubles the states per bit; split by result code (auto) and big_norm's length
    # (joined, a[i] below it was an alarm)
    eva_bigint.double) echo "-eva-slevel 1000 -eva-split-return auto -eva-split-return-function big_norm:full" ;;
    # vector x lo x hi x count: up to 3,600 states at the call (joined at 1,000, len <= cap
    # is lost: false alarms on the memmove/memcpy bounds)
    eva_vec.splice|eva_vec.splice_self) echo "-eva-slevel 4000 -eva-split-return full" ;;
    # hindex: the adversarial tables fix every object size per call site, so states may
    # be joined in the probe loops (unknown slot contents would otherwise multiply them).
    # Return states are split by result code (auto), and hindex_probe_next's fully (the
    # driver's assertions relate its result to p.slot); split fully everywhere, the probe
    # step's every masked value became a partition of its own (probe16: over 4,000
    # states at find_ident's loop, killed at 300 s)
    eva_hindex) echo "-eva-slevel 300 -eva-split-return auto -eva-split-return-function hindex_probe_next:full" ;;
    # built through the API: the allocation results and every K_OK/K_NOMEM return must
    # stay apart (auto joined them: 24 false alarms on the entry and hash arrays). Not
    # gated: not run to the end since the driver change (docs/notes/verify12.md)
    eva_hindex.build1|eva_hindex.build2) echo "-eva-slevel 300 -eva-split-return full" ;;
    # hindex_slot_of loops over hindex_probe_next until it returns the entry or < 0: with
    # probe_next's results split, every iteration multiplied the partitions (22,000
    # states at the loop after 2 CPU minutes); only the results the walk needs apart
    # (entry_hash's found/not found, slot_ix's negative/index) are split
    eva_hindex.slotof*) echo "-eva-slevel 300 -eva-split-return-function hindex_entry_hash:full,slot_ix:full" ;;
    # lz: at precision 6 the literal loop is unrolled over unknown bits (2^8 states per
    # literal; one 5-byte stream did not finish in 4 minutes). Joined, the decoder's own
    # checks (pos < cap, from < pos, ctx < 256) still bound every access: no alarm.
    eva_lz) echo "-eva-precision 1 -eva-split-return full" ;;
    # infinities and NaNs are dtoa's inputs and results, not errors
    eva_dtoa) echo "-warn-special-float none" ;;
    # the generated tables are 150,000 lines of initial state: not printed. Not gated:
    # .name, .lookup and .lookup_prefixed did not finish (7 and 5 CPU minutes on the loaded
    # machine, docs/notes/verify13.md)
    eva_unicode_ucd) echo "-eva-msg-key=-initial-state" ;;
    *.*) evaopts "${1%%.*}" ;;
    *) echo "" ;;
  esac
}
# The run is one compound command: sh parses it whole before running it, so editing
# this file while a (long) run is going does not derail that run.
{
drivers=${*:-"wp_checked wp_access wp_utf8 wp_hindex wp_small wp_heap eva_utf8 eva_buf eva_vec eva_bigint eva_lz eva_digest.md5 eva_digest.sha1 eva_digest.sha224 eva_digest.sha256 eva_digest.sha384 eva_digest.sha512 eva_digest.sha3_224 eva_digest.shake128 eva_digest.blake2b eva_digest.blake2s eva_digest.unknown_alg eva_digest.sha3_256 eva_digest.shake256 eva_digest.blake2b_key eva_digest.blake2s_key eva_digest.blake2b_salt eva_digest.blake2s_salt eva_digest.blake2b_person eva_digest.blake2s_person eva_digest.sha3_384 eva_digest.sha3_512 eva_hindex.probe8_empty eva_hindex.probe8 eva_hindex.probe32 eva_hindex.small_empty eva_hindex.small3 eva_hindex.small5 eva_hindex.small10 eva_hindex.slotof8 eva_hindex.slotof_small3 eva_hindex.slotof_small5 eva_hindex.slotof_small10 eva_hindex.inline eva_dtoa.round_scaled eva_dtoa.digits eva_unicode_ucd.tables eva_unicode_ucd.props eva_unicode_ucd.decomposition"}
# a driver split into units stands for all of them
units=""
for d in $drivers; do
  us=$(sed -n "s/^EVA_UNIT($d, \([a-z0-9_]*\),.*/$d.\1/p" "tests/verify/$d.c" 2>/dev/null)
  units="$units ${us:-$d}"
done
mkdir -p build/verify
status=0
for d in $units; do
  log=build/verify/$d.log
  rm -f "build/verify/$d.pass" # written on PASS; tools/kernel_coverage.py reads it
  t0=$(date +%s)
  case "$d" in
    wp_*)
      # WP: every goal (contracts + -wp-rte runtime-error guards) of the selected functions
      # must be proved: the run passes only when WP's summary says "Proved goals: X / X".
      # (Not `-then -report -report-unclassified-unknown`: that also fails on the
      # kernel-generated assigns of functions without a body in the unit, e.g. buf_push
      # called from utf8.c, which are assumptions, not goals.)
      $FRAMAC -c11 -wp -wp-rte -warn-unsigned-overflow -cpp-extra-args="-Isrc -DFRAMAC_WP" \
        "tests/verify/$d.c" $(wpopts "$d") -wp-prover z3,cvc4 -wp-timeout 20 -wp-par 2 \
        > "$log" 2>&1
      rc=$?
      goals=$(sed -n 's/.*Proved goals: *\([0-9]* \/ [0-9]*\).*/\1/p' "$log" | tail -n 1)
      proved=${goals%% *}
      total=${goals##* }
      if [ $rc -eq 0 ] && [ -n "$goals" ] && [ "$proved" = "$total" ] && [ "$total" -gt 0 ] \
         && ! grep -q '^\[wp\] \[\(Failed\|Unknown\|Timeout\)\]' "$log"; then
        echo "PASS verify $d: $goals goals proved [$(( $(date +%s) - t0 )) s]"; touch "build/verify/$d.pass"
      else
        echo "FAIL verify $d: frama-c exit $rc, ${goals:-no} goals proved (see $log) [$(( $(date +%s) - t0 )) s]"; status=1
      fi
      continue ;;
  esac
  # HEAP_INLINE_ALLOC=0: the drivers replace the allocator by eva_heap_stub.h; heap.h's
  # inline fast path reads heap.c's class tables, which are not linked into Eva runs
  # (an unknown extern table would be an out-of-bounds alarm in every allocating function).
  # shellcheck disable=SC2046
  $FRAMAC -c11 -eva -eva-precision 6 -eva-alloc-builtin fresh -eva-no-print \
    -eva-warn-key alarm=error -kernel-warn-key annot:missing-spec=error \
    -eva-warn-key builtins:missing-spec=error -eva-interprocedural-splits $(evaopts "$d") \
    -cpp-extra-args="-Isrc -Itests/verify -DHEAP_INLINE_ALLOC=0" -main "$(echo "$d" | tr . _)" "tests/verify/${d%%.*}.c" $(sources "${d%%.*}") \
    -then -metrics -metrics-eva-cover > "$log" 2>&1
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAIL verify $d: frama-c exit $rc (see $log) [$(( $(date +%s) - t0 )) s]"; status=1
  elif ! grep -q "Frama_C_show_each_reached_end" "$log"; then
    echo "FAIL verify $d: driver did not reach its end (see $log) [$(( $(date +%s) - t0 )) s]"; status=1
  else
    echo "PASS verify $d: no alarm, end reached [$(( $(date +%s) - t0 )) s]"; touch "build/verify/$d.pass"
  fi
done
# The full gate also requires every kernel function to be proved by one of the units
# above or listed with its reason in tests/verify/unproved.txt (docs/SAFETY.md's table).
if [ $# -eq 0 ]; then
  if $COVPY tools/kernel_coverage.py --check; then echo "PASS verify coverage: every kernel function proved or listed"
  else echo "FAIL verify coverage (tools/kernel_coverage.py --check)"; status=1; fi
fi
exit $status
}
