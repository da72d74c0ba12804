#!/bin/sh
# bench/startup.sh SAFEPY [RUNS]: start-up time and peak memory of SAFEPY against CPython 3.11.
#  - start-up: wall time of running an empty script, best of RUNS runs (default 200), in ms
#    (the child is started with posix_spawn and reaped with wait4 by a small python3.11
#    driver, so both interpreters pay the same spawning cost);
#  - peak RSS: maximum resident set (KiB, /usr/bin/time -f %M, which forks a small C
#    process: a child spawned by python itself would count the driver's own memory) of
#    one run of the empty script and of each bench/*.py program (output discarded), with
#    the ratio safepy / CPython;
#  - the process floor: the same best-of-RUNS wall time of a trivial C program
#    (`int main(void) { return 0; }`, built with $CC) linked dynamically and statically,
#    and safepy's own part: safepy minus the floor of its own kind of link (a PT_INTERP
#    header means dynamic). On a VM, creating a process and taking its page faults can
#    cost more than safepy's whole initialisation: the target "start-up <= 1 ms" is about
#    that part. No floor is printed when $CC cannot build the program.
# Environment: PYTHON (default /usr/bin/python3.11), BENCH_PROGRAMS (default bench/*.py),
#    CC (default cc).
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
FLOOR=$(mktemp -d /tmp/startup_floor.XXXXXX)
trap 'rm -f "$EMPTY" "$RSS"; rm -rf "$FLOOR"' EXIT
: > "$EMPTY"
echo 'int main(void) { return 0; }' > "$FLOOR/true.c"
CC=${CC:-cc}
"$CC" -O2 -o "$FLOOR/dynamic" "$FLOOR/true.c" 2>/dev/null || rm -f "$FLOOR/dynamic"
"$CC" -O2 -static -o "$FLOOR/static" "$FLOOR/true.c" 2>/dev/null || rm -f "$FLOOR/static"

"$PYTHON" - "$SAFEPY" "$PYTHON" "$RUNS" "$EMPTY" "$TIME" "$RSS" "$FLOOR" $PROGRAMS <<'EOF'
import os, struct, sys, time

safepy, python, runs, empty, gtime, rssfile, floordir = sys.argv[1:8]
runs = int(runs)
programs = sys.argv[8:]
devnull = os.open(os.devnull, os.O_RDWR)
acts = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]

def run(argv):
    """Runs argv once with stdout/stderr discarded: (seconds, exit status)."""
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=acts)
    _, status = os.waitpid(pid, 0)
    return time.perf_counter() - t0, os.waitstatus_to_exitcode(status)

def best(argvs):
    """Best wall time (ms) of each of argvs over runs rounds; a round runs each once, so
    all of them meet the same load."""
    times = [float("inf")] * len(argvs)
    for _ in range(runs):
        for i, argv in enumerate(argvs):
            times[i] = min(times[i], run(argv)[0] * 1000.0)
    return times

def peak(argv):
    """(max RSS in KiB, exit status) of one run of argv."""
    _, st = run([gtime, "-f", "%M", "-o", rssfile, "--"] + argv)
    with open(rssfile) as f:
        lines = f.read().split()
    return int(lines[-1]), st

floordirs = [k for k in ("dynamic", "static") if os.path.exists(os.path.join(floordir, k))]
print("start-up of an empty script (best of %d runs, ms)" % runs)
ts, tp, *tf = best([[safepy, empty], [python, empty]] +
                   [[os.path.join(floordir, k)] for k in floordirs])
floors = dict(zip(floordirs, tf))
print("  %-22s %8.2f" % ("safepy", ts))
print("  %-22s %8.2f" % ("python3.11", tp))
print("  %-22s %8.2f" % ("ratio safepy/cpython", ts / tp))

def dynamic(path):
    """True when the ELF executable at path has a PT_INTERP header (needs ld.so)."""
    with open(path, "rb") as f:
        h = f.read(64)
        if h[:4] != b"\x7fELF" or h[4] != 2:
            return True  # not a 64-bit ELF: assume the usual dynamic link
        phoff, = struct.unpack_from("<Q", h, 32)
        phentsize, phnum = struct.unpack_from("<HH", h, 54)
        f.seek(phoff)
        ph = f.read(phentsize * phnum)
    return any(struct.unpack_from("<I", ph, i * phentsize)[0] == 3 for i in range(phnum))

if floors:
    print()
    print("process floor: a trivial C program (same rounds, ms)")
    for kind, t in floors.items():
        print("  %-22s %8.2f" % ("C, " + kind, t))
    kind = "dynamic" if dynamic(safepy) else "static"
    if kind in floors:
        print("  %-22s %8.2f  (safepy minus the %s floor)" % ("safepy's own part", ts - floors[kind], kind))
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
