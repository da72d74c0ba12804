#!/bin/sh
# bench/startup.sh SAFEPY [RUNS]: start-up time and peak memory of SAFEPY against CPython 3.11.
#  - start-up: wall time of running an empty script, best of RUNS runs (default 200), in ms
#    (the child is started with posix_spawn and reaped with wait4 by a small python3.11
#    driver, so both interpreters pay the same spawning cost);
#  - peak RSS: maximum resident set (KiB, /usr/bin/time -f %M, which forks a small C
#    process: a child spawned by python itself would count the driver's own memory) of
#    one run of the empty script and of each bench/*.py program (output discarded), with
#    the ratio safepy / CPython.
# Environment: PYTHON (default /usr/bin/python3.11), BENCH_PROGRAMS (default bench/*.py).
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 SAFEPY [RUNS]" >&2
    exit 2
fi
SAFEPY=$1
RUNS=${2:-200}
PYTHON=${PYTHON:-/usr/bin/python3.11}
HERE=$(cd "$(dirname "$0")" && pwd)
PROGRAMS=${BENCH_PROGRAMS:-$(ls "$HERE"/*.py)}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "$0: $TIME (GNU time) is needed for peak RSS" >&2; exit 2; }
EMPTY=$(mktemp /tmp/startup_empty.XXXXXX)
RSS=$(mktemp /tmp/startup_rss.XXXXXX)
trap 'rm -f "$EMPTY" "$RSS"' EXIT
: > "$EMPTY"

"$PYTHON" - "$SAFEPY" "$PYTHON" "$RUNS" "$EMPTY" "$TIME" "$RSS" $PROGRAMS <<'EOF'
import os, sys, time

safepy, python, runs, empty, gtime, rssfile = sys.argv[1:7]
runs = int(runs)
programs = sys.argv[7:]
devnull = os.open(os.devnull, os.O_RDWR)
acts = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]

def run(argv):
    """Runs argv once with stdout/stderr discarded: (seconds, exit status)."""
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=acts)
    _, status = os.waitpid(pid, 0)
    return time.perf_counter() - t0, os.waitstatus_to_exitcode(status)

def best(argv):
    return min(run(argv)[0] for _ in range(runs)) * 1000.0

def peak(argv):
    """(max RSS in KiB, exit status) of one run of argv."""
    _, st = run([gtime, "-f", "%M", "-o", rssfile, "--"] + argv)
    with open(rssfile) as f:
        lines = f.read().split()
    return int(lines[-1]), st

print("start-up of an empty script (best of %d runs, ms)" % runs)
ts, tp = best([safepy, empty]), best([python, empty])
print("  %-22s %8.2f" % ("safepy", ts))
print("  %-22s %8.2f" % ("python3.11", tp))
print("  %-22s %8.2f" % ("ratio safepy/cpython", ts / tp))
print()
print("peak RSS (KiB)")
print("  %-22s %10s %10s %7s" % ("program", "safepy", "python3.11", "ratio"))
for prog in [empty] + programs:
    rs, cs = peak([safepy, prog])
    rp, cp = peak([python, prog])
    name = "(empty script)" if prog == empty else os.path.basename(prog)
    note = "" if cs == 0 and cp == 0 else "  (exit %d / %d)" % (cs, cp)
    print("  %-22s %10d %10d %7.2f%s" % (name, rs, rp, rs / rp, note))
EOF
