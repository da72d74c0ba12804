# Source files are read from the host 4 KiB at a time (modules/import.c READ_CHUNK, was
# 64 KiB): modules of every size around the chunk boundaries, with multi-byte UTF-8
# characters straddling them, a coding declaration, CRLF line ends and no final newline,
# imported from disk and run with runpy, must read back whole.
import os
import sys
import tempfile
import importlib
import runpy

d = tempfile.mkdtemp()
sys.path.insert(0, d)


def write(name, text, newline="\n"):
    with open(os.path.join(d, name + ".py"), "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def body(n, pad):
    # n lines of a multi-byte string constant, offset by pad bytes
    lines = ["# " + "p" * pad]
    for i in range(n):
        lines.append("v%d = 'é€𝄞%d' * 3" % (i, i))
    lines.append("total = sum(len(globals()['v%d']) for _ in [0] for i in range(%d))" % (0, n))
    lines.append("last = v%d" % (n - 1))
    return "\n".join(lines)


names = []
for size_lines, pad in [(1, 0), (100, 1), (170, 7), (171, 2), (400, 3), (3000, 5)]:
    name = "chunkmod_%d_%d" % (size_lines, pad)
    write(name, body(size_lines, pad))
    names.append(name)
write("chunkmod_crlf", body(500, 11), newline="\r\n")
names.append("chunkmod_crlf")
with open(os.path.join(d, "chunkmod_latin.py"), "w", encoding="latin-1") as f:
    f.write("# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n" + "y = 1\n" * 2000 + "z = 'end'")
names.append("chunkmod_latin")

for name in names:
    m = importlib.import_module(name)
    size = os.path.getsize(os.path.join(d, name + ".py"))
    if name == "chunkmod_latin":
        print(name, size, m.x, m.z)
    else:
        print(name, size, m.total, m.last, m.v0)

g = runpy.run_path(os.path.join(d, "chunkmod_3000_5.py"))
print("run_path", g["last"], len([k for k in g if k.startswith("v")]))

for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isfile(p):
        os.remove(p)
