#!/bin/sh
# Tests enclave mode on Linux: the wire checkpoint's unit tests (test_wire.c) and
# safepy-host end to end (sandboxed child, requests, budgets, hostile frames, seccomp).
# Usage: run_enclave.sh BUILD_DIR            e.g. build or build/asan (needs BUILD_DIR/safepy-host
#                                            and the library objects in BUILD_DIR/obj)
#        run_enclave.sh --record BUILD_DIR   rewrite tests/enclave/expected (review the diff!)
# Each scenario runs safepy-host in tests/enclave/data; stdout, stderr and the exit status
# are compared with expected/NAME.{out,err,code}. The expectations are our own (CPython has
# no enclave mode); the "same" scenarios check that plain safepy prints the same thing.
# Prints "PASS enclave/NAME" or "FAIL enclave/NAME: reason"; exits non-zero on a failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
record=0
if [ "${1:-}" = "--record" ]; then
  record=1
  shift
fi
build=${1:?usage: run_enclave.sh BUILD_DIR}
case "$build" in
  /*) ;;
  *) build="$root/$build" ;;
esac
host="$build/safepy-host"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
SAME_EXTRA=${SAME_EXTRA:-}

pass() { echo "PASS enclave/$1"; }
fail() { echo "FAIL enclave/$1: $2"; fails=$((fails+1)); }

# The wire unit tests, linked with this build's library objects.
objs=$(ls "$build"/obj/*/*.o "$build"/obj/frozen.o 2>/dev/null | grep -v '/obj/cli/' | grep -v '/obj/host/')
flags=""
case "$build" in
  */asan*) flags="-fsanitize=address,undefined -fno-sanitize-recover=all" ;;
esac
if ${CC:-cc} -std=gnu11 -O1 -g $flags -I"$root/include" -o "$tmp/test_wire" "$here/test_wire.c" $objs -lm 2> "$tmp/cc.err"; then
  if "$tmp/test_wire" > "$tmp/wire.out" 2>&1; then pass wire-unit; else fail wire-unit "$(tail -n 3 "$tmp/wire.out" | tr '\n' '|')"; fi
else
  fail wire-unit "does not compile: $(head -n 3 "$tmp/cc.err" | tr '\n' '|')"
fi

if [ ! -x "$host" ]; then
  fail safepy-host "$host not built (make host)"
  exit 1
fi

# sc NAME ARGS...: one safepy-host scenario.
sc() {
  name=$1
  shift
  (cd "$here/data" && timeout 60 "$host" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"; echo $? > "$tmp/$name.code")
  if [ $record = 1 ]; then
    cp "$tmp/$name.out" "$tmp/$name.err" "$tmp/$name.code" "$here/expected/"
    echo "recorded $name"
    return
  fi
  for k in out err code; do
    if ! cmp -s "$tmp/$name.$k" "$here/expected/$name.$k"; then
      fail "$name" "std$k differs: $(diff "$here/expected/$name.$k" "$tmp/$name.$k" | head -n 6 | tr '\n' '|')"
      return
    fi
  done
  pass "$name"
}

sc run_hello run hello.py
sc run_exception run exc.py
sc run_two_requests run hello.py exc.py hello.py
sc run_isolation run setstate.py getstate.py
sc run_no_filesystem run nofs.py
sc run_missing_file run nosuchfile.py
sc call_add call mod.py add '[1, 2]'
sc call_stats call mod.py stats '[[2, 4, 4, 4, 5, 5, 7, 9]]'
sc call_arg_types call mod.py echo '[null, true, 1.5, "s\u00e9", [1], {"a": 2}, 12345678901234567890123]'
sc call_result_types call mod.py all_types '[]'
sc call_big_int call mod.py square '[123456789012345678901234567890]'
sc call_output call mod.py chatty '[3]'
sc call_exception call mod.py bad '[]'
sc call_unsendable call mod.py unsendable '[]'
sc call_missing_function call mod.py nope '[]'
sc call_bad_arity call mod.py add '[1]'
sc call_surrogate_result call mod.py surrogate '[]'
sc call_surrogate_arg call mod.py echo '["\ud800"]'
sc call_bad_json call mod.py add '[1,'
sc call_json_not_list call mod.py add '{"a": 1}'
sc budget_steps --max-steps 100000 run loop.py ok.py
sc budget_steps_caught --max-steps 100000 run catch.py ok.py
sc budget_heap --heap 32M run mem.py ok.py mem.py ok.py
sc budget_recursion --recursion 100 run rec.py ok.py
sc budget_output --max-output 100 run spam.py ok.py
sc budget_call_steps --max-steps 20 call mod.py chatty '[100000]'
sc hostile --max-message 4096 hostile
sc seccomp_kills --test-hooks test-syscall
sc test_hook_off test-syscall
sc usage --bogus run hello.py

# Round trips (timing varies: only the shape of the answer is checked).
if [ $record = 0 ]; then
  if "$host" ping 100 2>&1 | grep -q '^100 round trips, [0-9]* ns each$'; then pass ping; else fail ping "no timing line"; fi
fi

# Normal and enclave mode print the same for programs that need no OS (stdout compared;
# language tests run from their own directory).
for f in tests/enclave/data/hello.py tests/lang/assert/assert_basics.py tests/lang/assign/annotated.py \
         tests/lang/builtins/all_any.py tests/lang/bytes/basics.py tests/lang/classes/attributes_and_init.py \
         tests/lang/exceptions/args_and_str.py tests/lang/generators/generator_exit_and_finally.py \
         tests/lang/programs/bank_account.py tests/lang/programs/binary_tree.py \
         tests/lang/programs/calculator_tokenizer.py tests/lang/programs/decorators_memo.py \
         $SAME_EXTRA; do
  [ $record = 0 ] && [ -f "$root/$f" ] || continue
  d=$(dirname "$root/$f")
  b=$(basename "$f")
  (cd "$d" && timeout 60 "$build/safepy" "$b" > "$tmp/same.a" 2> /dev/null; timeout 60 "$host" run "$b" > "$tmp/same.b" 2> /dev/null)
  if cmp -s "$tmp/same.a" "$tmp/same.b"; then pass "same/$f"; else fail "same/$f" "stdout differs from plain safepy"; fi
done

[ "$fails" -eq 0 ]
