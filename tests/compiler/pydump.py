#!/usr/bin/env python3.11
"""Reference output for tests/compiler/astdump.c: ast.dump of each file as CPython 3.11
parses it, or "ERROR <Type>: <msg> | <lineno> <offset> <end_lineno> <end_offset>".
Usage: pydump.py [-a] [-e] [-m exec|eval|single] FILE...  (-e: OK instead of the tree)"""
import ast
import sys


def main():
    args = sys.argv[1:]
    attrs = False
    ok_only = False
    mode = "exec"
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-a":
            attrs = True
        elif a == "-e":
            ok_only = True
        elif a == "-m":
            mode = args.pop(0)
    sys.setrecursionlimit(100000)
    for path in args:
        with open(path, "rb") as f:
            src = f.read()
        fmode = mode
        for ext in ("eval", "single", "exec"):
            if path.endswith("." + ext):
                fmode = ext
        try:
            tree = ast.parse(src, filename=path, mode=fmode)
            print("OK" if ok_only else ast.dump(tree, include_attributes=attrs))
        except (SyntaxError, MemoryError, RecursionError, ValueError) as e:
            if isinstance(e, SyntaxError):
                print("ERROR %s: %s | %s %s %s %s" % (type(e).__name__, e.msg, e.lineno or 0,
                      e.offset or 0, e.end_lineno or 0, e.end_offset or 0))
            else:
                print("ERROR %s: %s | 0 0 0 0" % (type(e).__name__, e))


main()
