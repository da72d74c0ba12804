#!/usr/bin/env python3
"""kernel_coverage.py: which kernel functions are proved, by what, and why the rest are not.

Reads, without running any analyser:
  - every function defined in src/kernel/*.c and src/kernel/*.h (static ones included);
  - tools/verify.sh: the gate list (drivers=), each Eva driver's kernel sources and each
    WP unit's -wp-fct list (no list: every function of the kernel files the unit includes);
  - build/verify/<unit>.pass (written by tools/verify.sh when a unit passes) and, for Eva,
    build/verify/<driver>.log: the "Statements analyzed by Eva" section of the Metrics
    plugin (`-then -metrics -metrics-eva-cover`), i.e. the functions the driver reached
    with no alarm, with the share of their statements it reached;
  - tests/verify/unproved.txt: "module:function reason" or "module:* reason" lines, the
    reason each function that no gated unit covers is not proved.
Usage:
  python3 tools/kernel_coverage.py            the markdown section for docs/SAFETY.md
  python3 tools/kernel_coverage.py --counts   "module proved total" lines
  python3 tools/kernel_coverage.py --check    exit 1 when a function is neither proved
                                              nor listed with a reason, or a gated unit
                                              has no passing result in build/verify
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
K = os.path.join(ROOT, "src", "kernel")
DEF_RE = re.compile(
    r"^(?!typedef|struct|enum|union|return|else|#)(?:__attribute__\s*\(\([^\n]*?\)\)\s*)?"
    r"[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\(([^;{}()]|\([^;{}()]*\))*\)"
    r"\s*(__attribute__\s*\(\(.*?\)\)\s*)?\{",
    re.M,
)
KEYWORDS = {"if", "while", "for", "switch", "return", "sizeof", "defined"}


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def strip_comments(src):
    src = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), src, flags=re.S)
    return re.sub(r"//[^\n]*", "", src)


HEADER_FNS = {}  # module -> functions defined in its header (inline ones)


def kernel_functions():
    """{module: [function, ...]} for every function defined in the kernel (module = file
    name without .c/.h, so a header's inline functions belong to its module)."""
    mods = {}
    for name in sorted(os.listdir(K)):
        if not name.endswith((".c", ".h")):
            continue
        mod = name[:-2]
        src = strip_comments(read(os.path.join(K, name)))
        fns = mods.setdefault(mod, [])
        for m in DEF_RE.finditer(src):
            fn = m.group(1)
            if fn in KEYWORDS:
                continue
            if name.endswith(".h"):
                HEADER_FNS.setdefault(mod, set()).add(fn)
            if fn not in fns:
                fns.append(fn)
    return mods


def verify_config():
    sh = read(os.path.join(ROOT, "tools", "verify.sh"))
    gate = []
    for d in re.search(r'^drivers=\$\{\*:-"(.*)"\}$', sh, re.M).group(1).split():
        # a driver split into units (tests/verify/eva_unit.h) stands for all of them
        drv = os.path.join(ROOT, "tests", "verify", d + ".c")
        units = re.findall(r"^EVA_UNIT\(%s, (\w+)," % d, read(drv), re.M) if os.path.exists(drv) else []
        gate += [d + "." + u for u in units] or [d]
    sources = {}
    # only sources()'s own cases: evaopts() has "eva_X) echo ..." lines too (options)
    body = re.search(r'^sources\(\) \{\n(.*?)^\}$', sh, re.M | re.S).group(1)
    for m in re.finditer(r'^\s*(eva_\w+)\) echo "(.*)" ;;$', body, re.M):
        sources[m.group(1)] = [os.path.basename(s)[:-2] for s in m.group(2).split()]
    wpfct = {}
    for m in re.finditer(r'^\s*(wp_\w+)\) echo "-wp-fct ([\w,]+)" ;;$', sh, re.M):
        wpfct[m.group(1)] = m.group(2).split(",")
    return gate, sources, wpfct


def eva_reached(driver):
    """{function: percent of its statements analysed} from the driver's Metrics output."""
    log = os.path.join(ROOT, "build", "verify", driver + ".log")
    if not os.path.exists(log):
        return {}
    out, on = {}, False
    for line in read(log).splitlines():
        if line.startswith("[metrics] Statements analyzed by Eva"):
            on = True
            continue
        if on:
            m = re.match(r"^\s+(\w+): (\d+) stmts out of (\d+) \(([\d.]+)%\)", line)
            if m:
                out[m.group(1)] = float(m.group(4))
            elif line.startswith("["):
                on = False
    return out


def passed(unit):
    return os.path.exists(os.path.join(ROOT, "build", "verify", unit + ".pass"))


def reasons():
    out = {}
    path = os.path.join(ROOT, "tests", "verify", "unproved.txt")
    for line in read(path).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, why = line.partition(" ")
        out[key] = why.strip()
    return out


def analyse():
    mods = kernel_functions()
    gate, sources, wpfct = verify_config()
    eva = {}  # (module, fn) -> [(driver, pct)]
    wp = {}   # (module, fn) -> [unit]
    problems = []
    for unit in gate:
        if not passed(unit):
            problems.append("gated unit %s has no passing run in build/verify (run make verify)" % unit)
            continue
        if unit.startswith("eva_"):
            srcs = sources.get(unit.split(".")[0], [])
            reached = eva_reached(unit)
            if not reached:
                # unproved.txt's "module:*" lines would otherwise absorb every function
                # the driver covers, and the check could not fail
                problems.append("gated unit %s: no Eva coverage (Metrics section) in build/verify/%s.log" % (unit, unit))
            for fn, pct in reached.items():
                # a function of a source file the driver is run with, or an inline
                # function of any kernel header
                for mod in mods:
                    if (mod in srcs and fn in mods[mod]) or fn in HEADER_FNS.get(mod, ()):
                        eva.setdefault((mod, fn), []).append((unit, pct))
        elif unit.startswith("wp_"):
            src = read(os.path.join(ROOT, "tests", "verify", unit + ".c"))
            inc = [os.path.basename(i)[:-2] for i in re.findall(r'#include "kernel/(\w+\.[ch])"', src)]
            fns = wpfct.get(unit)
            for mod in inc:
                for fn in mods.get(mod, []):
                    if fns is None or fn in fns:
                        wp.setdefault((mod, fn), []).append(unit)
    why = reasons()
    rows, unproved = [], []
    for mod in sorted(mods):
        for fn in mods[mod]:
            e, w = eva.get((mod, fn), []), wp.get((mod, fn), [])
            if e or w:
                rows.append((mod, fn, e, w))
            else:
                r = why.get(mod + ":" + fn) or why.get(mod + ":*")
                if r is None:
                    problems.append("%s:%s is neither proved nor listed in tests/verify/unproved.txt" % (mod, fn))
                    r = "(no reason recorded)"
                unproved.append((mod, fn, r))
    return mods, rows, unproved, problems


def main():
    mods, rows, unproved, problems = analyse()
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if arg == "--check":
        for p in problems:
            print("coverage: " + p)
        return 1 if problems else 0
    if arg == "--counts":
        for mod in sorted(mods):
            k = sum(1 for r in rows if r[0] == mod)
            print(mod, k, len(mods[mod]))
        return 0
    total = sum(len(v) for v in mods.values())
    print("Kernel functions (static ones included): %d; proved by a gated Eva driver or WP "
          "unit: %d; not proved: %d (reasons below)." % (total, len(rows), len(unproved)))
    print()
    print("| module | function | Eva driver (share of its statements reached) | WP unit |")
    print("|---|---|---|---|")
    for mod, fn, e, w in rows:
        es = ", ".join("%s (%g%%)" % (d, p) for d, p in e) or "-"
        print("| %s | `%s` | %s | %s |" % (mod, fn, es, ", ".join(w) or "-"))
    print()
    print("Not proved, because:")
    groups = {}
    for mod, fn, r in unproved:
        groups.setdefault((mod, r), []).append(fn)
    for (mod, r), fns in groups.items():
        print("- %s: %s — %s" % (mod, ", ".join("`%s`" % f for f in fns), r))
    for p in problems:
        print("- **open:** " + p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
