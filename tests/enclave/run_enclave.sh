#!/bin/sh
# Tests enclave mode on Linux: the wire checkpoint's unit tests (test_wire.c) and
# safepy-host end to end (sandboxed child, requests, budgets, hostile frames, seccomp).
# Usage: run_enclave.sh BUILD_DIR            e.g. build or build/asan (needs BUILD_DIR/safepy-host
#                                            and the library objects in BUILD_DIR/obj)
#        run_enclave.sh --record BUILD_DIR   rewrite tests/enclave/expected (review the diff!)
#        HOST_IMAGE=PATH run_enclave.sh BUILD_DIR   every scenario with safepy-host --image PATH
#                                            (the freestanding image; run_freestanding.sh);
#                                            the unit and object checks are then skipped
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
HOST_IMAGE=${HOST_IMAGE:-}
IMG=""  # the freestanding image's option (a path without spaces)
[ -n "$HOST_IMAGE" ] && IMG="--image $HOST_IMAGE"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
SAME_EXTRA=${SAME_EXTRA:-}

pass() { echo "PASS enclave/$1"; }
fail() { echo "FAIL enclave/$1: $2"; fails=$((fails+1)); }

# The wire unit tests, linked with this build's library objects.
if [ -z "$HOST_IMAGE" ]; then
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

# The trusted objects reference only allow-listed symbols and contain no system call
# instruction; the check itself must catch a violation (an object calling open and one
# with an inline syscall, in a copy of the object tree).
if [ $record = 0 ]; then
  sh "$here/check_trusted.sh" "$build" || fails=$((fails+1))
  mkdir -p "$tmp/bad/obj/objects" "$tmp/bad/obj/kernel"
  printf 'int open(const char *, int, ...);\nint bad_open(void);\nint bad_open(void) { return open("/etc/passwd", 0); }\n' > "$tmp/bad1.c"
  printf 'long bad_sys(void);\nlong bad_sys(void) { long r; __asm__ volatile("syscall" : "=a"(r) : "a"(39L)); return r; }\n' > "$tmp/bad2.c"
  if ${CC:-cc} -c -o "$tmp/bad/obj/objects/list.o" "$tmp/bad1.c" && ${CC:-cc} -c -o "$tmp/bad/obj/kernel/heap.o" "$tmp/bad2.c" &&
     out=$(sh "$here/check_trusted.sh" "$tmp/bad" 2>&1); then
    fail trusted-check-catches "violations not detected"
  elif echo "$out" | grep -q 'objects/list.o:open' && echo "$out" | grep -q 'kernel/heap.o:<bad_sys>'; then
    pass trusted-check-catches
  else
    fail trusted-check-catches "$(echo "$out" | tr '\n' '|')"
  fi
fi
fi # HOST_IMAGE

if [ ! -x "$host" ]; then
  fail safepy-host "$host not built (make host)"
  exit 1
fi

# sc NAME ARGS...: one safepy-host scenario.
sc() {
  name=$1
  shift
  (cd "$here/data" && timeout 60 "$host" $IMG "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"; echo $? > "$tmp/$name.code")
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
sc run_system_exit run exit0.py exit3.py exitmsg.py hello.py
sc run_os_exit run osexit.py caught.py
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
sc hostile --max-message 4096 --input data=salaries.csv hostile
sc seccomp_kills --test-hooks test-syscall
sc test_hook_off test-syscall
sc usage --bogus run hello.py
# Reset: every request starts from the snapshot taken after init (and the loads).
sc reset_run run mutate.py pristine.py
sc reset_off --no-reset run mutate.py pristine.py
sc fin_no_reset --no-reset run fin_keep.py fin_use.py
sc reset_call call counter.py bump '[1]' '[2]' '[3]'
sc reset_call_off --no-reset call counter.py bump '[1]' '[2]' '[3]'
sc reset_after_budget --max-steps 100000 run loop.py pristine.py
sc reset_after_heap --heap 32M run mem.py mutate.py pristine.py
# Capabilities (OCALLs): refused by default, granted one by one on the command line.
sc caps_denied run caps.py
sc caps_unknown --allow clock,disk run caps.py
sc caps_stdout_denied --deny stdout run denied_print.py
sc demo_denied call stats_blob.py summarize '["sal"]'
sc demo_missing_blob --input sal=salaries.csv call stats_blob.py summarize '["other"]'
# Granted: the files the output blobs name are checked too.
sc caps_granted --allow clock,random --input data=salaries.csv --output "result=$tmp/caps.blob" run caps.py
sc demo_stats --input sal=salaries.csv --output "groups=$tmp/groups.json" call stats_blob.py summarize '["sal", "groups"]' '["sal"]'
if [ $record = 0 ]; then
  if [ "$(cat "$tmp/caps.blob" 2>/dev/null)" = "written from inside" ]; then pass caps_output_blob; else fail caps_output_blob "blob file not written"; fi
  if [ "$(cat "$tmp/groups.json" 2>/dev/null)" = '{"eng": 365000.0, "ops": 122000.0, "sales": 152000.0}' ]; then
    pass demo_output_blob
  else
    fail demo_output_blob "groups.json: $(cat "$tmp/groups.json" 2>/dev/null)"
  fi
fi

# Round trips (timing varies: only the shape of the answer is checked).
if [ $record = 0 ]; then
  if "$host" $IMG ping 100 2>&1 | grep -q '^100 round trips, [0-9]* ns each$'; then pass ping; else fail ping "no timing line"; fi
  if "$host" $IMG reset 100 2>&1 | grep -q '^100 resets, [0-9]* ns each$'; then pass reset; else fail reset "no timing line"; fi
fi

# Measurement: the same build, stdlib and sources give the same report in every run;
# another source changes the source chain and the measurement, not the image or stdlib.
if [ $record = 0 ]; then
  m() { (cd "$here/data" && "$host" $IMG report "$@" 2>&1); }
  field() { echo "$1" | sed -n "s/^$2: //p"; }
  a=$(m mod.py counter.py); b=$(m mod.py counter.py); c=$(m mod.py); d=$(m counter.py mod.py); e=$(m)
  cp "$here/data/mod.py" "$tmp/mod.py"
  echo "# one more line" >> "$tmp/mod.py"
  f=$(m "$tmp/mod.py" counter.py)
  hex='^[0-9a-f]\{64\}$'
  if [ -n "$a" ] && [ "$a" = "$b" ] && field "$a" measurement | grep -q "$hex" && field "$a" image | grep -q "$hex"; then
    pass measure_stable
  else
    fail measure_stable "two runs differ or no digest: $(echo "$a" | head -n 2 | tr '\n' '|')"
  fi
  ok=1
  for other in "$c" "$d" "$e" "$f"; do
    [ "$(field "$other" image)" = "$(field "$a" image)" ] || ok=0
    [ "$(field "$other" stdlib)" = "$(field "$a" stdlib)" ] || ok=0
    [ "$(field "$other" sources)" != "$(field "$a" sources)" ] || ok=0
    [ "$(field "$other" measurement)" != "$(field "$a" measurement)" ] || ok=0
  done
  [ "$(field "$e" sources)" = 0000000000000000000000000000000000000000000000000000000000000000 ] || ok=0
  [ "$(field "$a" sources_loaded)" = 2 ] && [ "$(field "$a" reset)" = True ] || ok=0
  if [ $ok = 1 ]; then pass measure_sources; else fail measure_sources "source changes not reflected"; fi
  # The image digest covers the executable's code: another build (this one without
  # the enclave tests' objects is the same file, so compare with plain safepy's host
  # if present) must differ; at least check it is not the stdlib digest.
  [ "$(field "$a" image)" != "$(field "$a" stdlib)" ] && pass measure_image || fail measure_image "image == stdlib"
fi

# Normal and enclave mode print the same for programs that need no OS (stdout and
# stderr compared; language tests run from their own directory).
for f in tests/enclave/data/hello.py tests/enclave/data/exc.py tests/enclave/data/caught.py tests/lang/assert/assert_basics.py tests/lang/assign/annotated.py \
         tests/lang/builtins/all_any.py tests/lang/bytes/basics.py tests/lang/classes/attributes_and_init.py \
         tests/lang/exceptions/args_and_str.py tests/lang/generators/generator_exit_and_finally.py \
         tests/lang/programs/bank_account.py tests/lang/programs/binary_tree.py \
         tests/lang/programs/calculator_tokenizer.py tests/lang/programs/decorators_memo.py \
         $SAME_EXTRA; do
  [ $record = 0 ] || continue
  # a listed program that was moved or renamed fails (it is not silently dropped)
  if [ ! -f "$root/$f" ]; then fail "same/$f" "no such file"; continue; fi
  d=$(dirname "$root/$f")
  b=$(basename "$f")
  (cd "$d" && timeout 60 "$build/safepy" "$b" > "$tmp/same.a" 2> "$tmp/same.ae"; timeout 60 "$host" $IMG run "$b" > "$tmp/same.b" 2> "$tmp/same.be")
  # Tracebacks too: plain safepy names the script by its absolute path (as CPython does),
  # safepy-host by the name it was given.
  sed "s|File \"$d/|File \"|" "$tmp/same.ae" > "$tmp/same.ae2"
  sed "s|File \"$d/|File \"|" "$tmp/same.a" > "$tmp/same.a2"
  if ! cmp -s "$tmp/same.a2" "$tmp/same.b"; then
    fail "same/$f" "stdout differs from plain safepy"
  elif ! cmp -s "$tmp/same.ae2" "$tmp/same.be"; then
    fail "same/$f" "stderr differs from plain safepy: $(diff "$tmp/same.ae2" "$tmp/same.be" | head -n 4 | tr '\n' '|')"
  else
    pass "same/$f"
  fi
done

[ "$fails" -eq 0 ]
