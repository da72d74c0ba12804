#!/usr/bin/env python3.11
"""Mutation fuzzer for the parser's error reporting.

Takes windows of lines from real Python files, applies one random mutation (delete,
duplicate or insert a character or token, change indentation, join lines), and compares
tests/compiler/astdump -e with CPython 3.11's ast.parse for each mutant: same verdict,
message and positions. Also catches crashes and hangs (run it with an ASan build via
ASTDUMP=...). Usage: fuzz_errors.py [-n COUNT] [-s SEED] [-o DIR] FILE...
Prints the mismatches (up to 40) and "N passed, N failed"."""
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("ASTDUMP", os.path.join(ROOT, "build", "astdump"))
PY = os.environ.get("PYTHON", "/usr/bin/python3.11")

INSERTS = list("()[]{}:,.;=+-*/%@&|^~<>!'\"#\\ \t\n") + [
    "if ", "else", "for ", " in ", "lambda", "def ", "return ", "yield", "await ",
    "import ", "not ", "and ", " or ", "is ", "None", "True", "print ", "*", "**", ":=",
    "->", "...", "f'", "'''", "1", "0x", "1_", "é", "€", "match ", "case ", "_"]


def mutate(rng, text):
    if not text:
        return text
    kind = rng.randrange(7)
    i = rng.randrange(len(text))
    if kind == 0:  # delete a char
        return text[:i] + text[i + 1:]
    if kind == 1:  # insert something
        return text[:i] + rng.choice(INSERTS) + text[i:]
    if kind == 2:  # duplicate a char
        return text[:i] + text[i] + text[i:]
    if kind == 3:  # delete a span
        j = min(len(text), i + rng.randrange(1, 8))
        return text[:i] + text[j:]
    if kind == 4:  # change indentation of a line
        lines = text.split("\n")
        k = rng.randrange(len(lines))
        lines[k] = rng.choice(["", " ", "  ", "\t", "    "]) + lines[k].lstrip()
        return "\n".join(lines)
    if kind == 5:  # join two lines
        k = text.find("\n", i)
        if k < 0:
            return text
        return text[:k] + " " + text[k + 1:]
    # replace a char
    return text[:i] + rng.choice(INSERTS) + text[i + 1:]


def main():
    args = sys.argv[1:]
    n, seed, outdir = 300, 1, None
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-n":
            n = int(args.pop(0))
        elif a == "-s":
            seed = int(args.pop(0))
        elif a == "-o":
            outdir = args.pop(0)
    rng = random.Random(seed)
    sources = []
    for path in args:
        with open(path, encoding="utf-8") as f:
            sources.append(f.read().split("\n"))
    tmp = outdir or tempfile.mkdtemp()
    os.makedirs(tmp, exist_ok=True)
    files = []
    for k in range(n):
        lines = rng.choice(sources)
        a = rng.randrange(max(1, len(lines)))
        b = min(len(lines), a + rng.randrange(1, 25))
        text = "\n".join(lines[a:b]) + "\n"
        text = mutate(rng, text)
        if rng.randrange(4) == 0:
            text = mutate(rng, text)
        p = os.path.join(tmp, "m%05d.py" % k)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(p)
    try:
        mine = subprocess.run([BIN, "-e"] + files, capture_output=True, text=True,
                              timeout=600).stdout.split("\n")
    except subprocess.TimeoutExpired:
        print("TIMEOUT running", BIN)
        return 1
    ref = subprocess.run([PY, os.path.join(HERE, "pydump.py"), "-e"] + files,
                         capture_output=True, text=True).stdout.split("\n")
    passed = failed = 0
    shown = 0
    for k, p in enumerate(files):
        a = mine[k] if k < len(mine) else "<missing: crash?>"
        b = ref[k] if k < len(ref) else "<missing>"
        if a == b:
            passed += 1
        else:
            failed += 1
            if shown < 40:
                shown += 1
                print("FAIL %s\n   want: %s\n   got:  %s" % (p, b, a))
    print("fuzz: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


sys.exit(main())
