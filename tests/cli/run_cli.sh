#!/bin/sh
# Tests the python3-style command line (src/enclave/api.c safepy_main / safepy_repl).
# Usage: run_cli.sh SAFEPY            run every scenario against SAFEPY
#        run_cli.sh --record PYTHON   re-record the CPython-derived expectations with
#                                     PYTHON (/usr/bin/python3.11); not needed to test
# Each scenario runs in tests/cli/data with the stdin file given, and stdout, stderr and
# the exit status are compared with tests/cli/expected/NAME.{out,err,code}. Before the
# comparison the program path is replaced by PROG, the data directory by DIR, and the
# REPL banner (which differs from CPython's) by BANNER. Scenarios marked "own" have
# expectations written by hand (safepy-only options, or behaviour CPython cannot show).
# Prints "PASS cli/NAME" or "FAIL cli/NAME: reason" and exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
data="$here/data"
exp="$here/expected"
record=0
if [ "${1:-}" = "--record" ]; then
  record=1
  shift
fi
bin=${1:?usage: run_cli.sh SAFEPY}
case "$bin" in
  /*) ;;
  *) bin="$(pwd)/$bin" ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
passes=0

normalise() {
  sed -e "s|$bin|PROG|g" -e "s|$data|DIR|g" \
      -e 's|^Python 3\.11[^ ]* .*|BANNER|' -e '/^Type "/d' \
      -e 's/^\(Ran [0-9]* tests* in \)[0-9.]*s$/\1Xs/' "$1"
}

report() { # name reason
  if [ -n "$2" ]; then
    echo "FAIL cli/$1: $2"
    fails=$((fails + 1))
  else
    echo "PASS cli/$1"
    passes=$((passes + 1))
  fi
}

# run NAME STDIN ARGS...: runs the program in the data directory; leaves the normalised
# results in $tmp/out, $tmp/err and the status in $code.
run() {
  name=$1
  input=$2
  shift 2
  [ "$input" = "-" ] && input=/dev/null || input="$data/$input"
  # safepy's start-up time grows with the heap reservation (see docs/notes/cli.md), so
  # safepy runs with a 256M heap unless the scenario sets its own.
  if [ "$record" = 0 ] && [ "${1:-}" != --max-heap ]; then set -- --max-heap 256M "$@"; fi
  (cd "$data" && exec timeout 10 "$bin" "$@") < "$input" > "$tmp/out.raw" 2> "$tmp/err.raw"
  code=$?
  normalise "$tmp/out.raw" > "$tmp/out"
  normalise "$tmp/err.raw" > "$tmp/err"
}

compare() { # name
  e="$exp/$1"
  reason=""
  if [ "$code" -eq 124 ]; then
    reason="timeout"
  elif [ "$code" -ne "$(cat "$e.code")" ]; then
    reason="exit status $code, expected $(cat "$e.code"): $(tail -n 2 "$tmp/err" | tr '\n' '|')"
  elif ! cmp -s "$tmp/out" "$e.out"; then
    reason="stdout differs: $(diff "$e.out" "$tmp/out" | head -n 6 | tr '\n' '|')"
  elif ! cmp -s "$tmp/err" "$e.err"; then
    reason="stderr differs: $(diff "$e.err" "$tmp/err" | head -n 6 | tr '\n' '|')"
  fi
  report "$1" "$reason"
}

# cpy NAME STDIN ARGS...: expectations recorded from CPython.
cpy() {
  run "$@"
  if [ "$record" = 1 ]; then
    cp "$tmp/out" "$exp/$1.out"
    cp "$tmp/err" "$exp/$1.err"
    echo "$code" > "$exp/$1.code"
    echo "recorded cli/$1 (status $code)"
  else
    compare "$1"
  fi
}

# own NAME STDIN ARGS...: expectations written by hand for safepy.
own() {
  [ "$record" = 1 ] && return 0
  run "$@"
  compare "$1"
}

# ---- scripts, -c, -m, stdin ----
cpy script_args - argv.py a 'b c' --flag
cpy c_args - -c 'import sys; print(sys.argv)' x -y
cpy c_options_before - -u -B -c 'import sys; print(sys.argv, __name__)'
cpy m_module - -m pkg.main q r
cpy m_package - -m pkg.__main__ s
cpy m_package_main - -m pkg t
cpy m_missing - -m no_such_module_xyz
cpy m_package_no_main - -m pkg_nomain
cpy m_frozen_package_no_main - -m json
cpy json_tool - -m json.tool doc.json
cpy json_tool_stdin doc.json -m json.tool --sort-keys --no-ensure-ascii
cpy json_tool_compact - -m json.tool --compact doc.json
cpy json_tool_tab - -m json.tool --tab doc.json
cpy json_tool_lines - -m json.tool --json-lines --no-indent docs.jsonl
cpy json_tool_bad - -m json.tool bad.json
cpy json_tool_missing - -m json.tool no_such.json
cpy json_tool_exclusive - -m json.tool --tab --compact doc.json
cpy calendar_month - -m calendar 2024 2
cpy calendar_year - -m calendar -w 3 -l 2 -s 4 -m 4 1999
cpy calendar_html - -m calendar -t html -c my.css -e latin-1 2024
cpy calendar_encoding - -m calendar -e utf-8 2000 12
cpy timeit_bad_unit - -m timeit -u years pass
cpy timeit_bad_option - -m timeit --bogus
cpy m_missing_submodule - -m pkg.no_such_sub
cpy m_unittest - -m unittest ut_cases
cpy m_unittest_verbose - -m unittest -v ut_cases.Arith.test_add
cpy m_unittest_discover - -m unittest discover -p 'ut_*.py'
cpy m_unittest_path - -m unittest ut_cases.py
cpy m_unittest_ns_path - -m unittest nspkg/ut_ns.py
cpy stdin_pipe stdin_prog.txt
cpy stdin_dash stdin_prog.txt - a b
cpy missing_script - no_such_script.py arg
cpy uncaught - uncaught.py
cpy syntax_error - -c 'print(1 +'
# ---- -W options (sys.warnoptions, applied when warnings loads) ----
cpy w_options - -Wd -W d -W ignore::UserWarning -c 'import warnings, sys; print(sys.warnoptions); warnings.warn("boom"); warnings.warn("dep", DeprecationWarning)'
cpy w_invalid - -W bogus -W error::Nope -W a:b:c:d:e:f -W 'ignore:::x:-1' -W d::nomod.X -c 'import sys; print(len(sys.warnoptions))'
cpy w_escape_always - -W always -c 'x = "\d"; print(x)'
cpy w_error_warn - -W error::UserWarning -c 'import warnings
def f():
    warnings.warn("boom")
f()'
# PYTHONWARNINGS: its options first (empty ones skipped), then -W's; -E ignores it
export PYTHONWARNINGS='ignore,,default::DeprecationWarning, error'
cpy w_env - -W error::UserWarning -W ignore -c 'import sys; print(sys.warnoptions)'
cpy w_env_ignored - -E -c 'import sys; print(sys.warnoptions)'
export PYTHONWARNINGS='error::UserWarning'
cpy w_env_error - -c 'import warnings; warnings.warn("boom")'
unset PYTHONWARNINGS
# the standard streams' codec: surrogateescape under the C/POSIX locale (and C.UTF-8),
# strict under another; PYTHONIOENCODING=encoding[:errors] overrides it
prog_io='import sys
print([(f.encoding, f.errors) for f in (sys.stdin, sys.stdout, sys.stderr)])
line = sys.stdin.readline()
print(ascii(line))
print(line.rstrip(), "\u20ac \udce9")
print("x\udcff", file=sys.stderr)'
LC_ALL=C cpy stdio_c_locale latin1_in.txt -c "$prog_io"
LC_ALL=POSIX cpy stdio_posix_locale latin1_in.txt -c "$prog_io"
LC_ALL=C.UTF-8 cpy stdio_c_utf8_locale latin1_in.txt -c "$prog_io"
export PYTHONIOENCODING=latin-1:replace
cpy stdio_ioencoding_latin1_replace latin1_in.txt -c "$prog_io"
export PYTHONIOENCODING=:backslashreplace
cpy stdio_ioencoding_errors_only latin1_in.txt -c "$prog_io"
cpy stdio_ioencoding_ignored_E latin1_in.txt -E -c "$prog_io"
export PYTHONIOENCODING=ascii
cpy stdio_ioencoding_ascii latin1_in.txt -c 'import sys; print([(f.encoding, f.errors) for f in (sys.stdin, sys.stdout, sys.stderr)]); print("\xe9")'
unset PYTHONIOENCODING
# -m: __main__ gets the module's spec (a package runs its __main__ submodule)
cpy m_spec_package - -m specpkg
cpy m_spec_submodule - -m specpkg.sub
# ---- exit statuses ----
cpy exit_3 - -c 'import sys; sys.exit(3)'
cpy exit_msg - -c 'import sys; print("out"); sys.exit("msg")'
cpy exit_raise - -c 'raise SystemExit'
cpy exit_raise_5 - -c 'raise SystemExit(5)'
cpy keyboard_interrupt - -c 'print("before"); raise KeyboardInterrupt'
cpy exit_none - -c 'import sys; sys.exit(None)'
cpy exit_263 - -c 'import sys; sys.exit(263)'
cpy exit_neg - -c 'import sys; sys.exit(-1)'
cpy exit_tuple - -c 'import sys; sys.exit((1, 2))'
cpy exit_finally - -c 'import sys
try:
    sys.exit(6)
finally:
    print("cleanup")'
cpy exit_builtin - -c 'exit(9)'
# ---- -i and the REPL over a pipe (prompts go to stderr) ----
cpy inspect_script insp_in.txt -i insp.py
cpy inspect_exit in_repl.txt -i -c 'import sys; sys.exit(3)'
cpy inspect_error in_repl.txt -i -c '1/0'
cpy inspect_missing in_repl.txt -i no_such_script.py
cpy repl_basic repl_in.txt -i
cpy repl_more repl_more.txt -i
cpy repl_exit repl_exit.txt -i -c 'z = 1'
cpy repl_eof_block repl_eof_block.txt -i -c pass
cpy repl_eof_open repl_eof_open.txt -i -c pass
cpy repl_eof_nonl repl_eof_nonl.txt -i -c pass
# ---- safepy's own options ----
own max_heap - --max-heap 32M mem.py
own max_steps - --max-steps 100000 -c 'while True: pass'
own max_steps_func - --max-steps 100000 -c 'def f():
    while True:
        pass
f()'
own bad_option - --max-heap lots -c pass
own dis_script - --dis dis_prog.py
# recorded with the build that compiled the frozen modules from source at import: the
# precompiled ones must give the same code attributes and tracebacks
own frozen_traceback - frozen_tb.py
# safepy starts no processes: subprocess refuses them as CPython does where it cannot fork
own subprocess_refused - -c 'import subprocess, errno
for call in (lambda: subprocess.run(["true"]), lambda: subprocess.check_output("ls", shell=True),
             lambda: subprocess.call(["x"]), lambda: subprocess.Popen(["x"]),
             lambda: subprocess.getoutput("ls"), lambda: subprocess.check_call(["x"])):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOTSUP, e.strerror)'

if [ "$record" = 0 ]; then
  # -V / --version: ours names safepy too; it must start with "Python 3.11".
  for opt in -V --version; do
    run version "-" "$opt"
    reason=""
    if [ "$code" -ne 0 ]; then reason="exit status $code"
    elif ! head -n 1 "$tmp/out.raw" | grep -q '^Python 3\.11'; then reason="stdout: $(head -c 100 "$tmp/out.raw")"
    elif [ -s "$tmp/err.raw" ]; then reason="stderr: $(head -c 100 "$tmp/err.raw")"
    fi
    report "version$opt" "$reason"
  done
  # An interactive session through a pseudo-terminal (optional: needs script(1)).
  if command -v script > /dev/null 2>&1; then
    out=$(cd "$data" && timeout 10 script -qec "$bin" /dev/null < "$data/tty_in.txt" 2>&1 | tr -d '\r')
    reason=""
    case "$out" in
      *'>>> '*) ;;
      *) reason="no prompt: $(echo "$out" | head -c 200 | tr '\n' '|')" ;;
    esac
    if [ -z "$reason" ] && ! echo "$out" | grep -q '42$'; then
      reason="no 42 echoed: $(echo "$out" | head -c 200 | tr '\n' '|')"
    fi
    report tty_repl "$reason"
  fi
fi

[ "$record" = 1 ] && exit 0
[ "$fails" -eq 0 ]
