# tempfile: TemporaryDirectory, NamedTemporaryFile, mkdtemp, mktemp (module was missing).
import tempfile, os
print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"))
    p = os.path.join(d, "sub"); os.mkdir(p)
    with open(os.path.join(p, "f.txt"), "w") as f: f.write("x")
    print(sorted(os.listdir(d)))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf")
print(os.path.basename(td.name).startswith("pre_"), td.name.endswith("_suf")); td.cleanup(); print(os.path.exists(td.name))
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as nf:
    nf.write("hello\n")
    name = nf.name
print(name.endswith(".txt"), open(name).read()); os.remove(name)
with tempfile.NamedTemporaryFile(mode="w") as nf:
    nf.write("data"); n2 = nf.name
    print(os.path.exists(n2))
print(os.path.exists(n2))
d2 = tempfile.mkdtemp(); print(os.path.isdir(d2)); os.rmdir(d2)
print(tempfile.mktemp().startswith(tempfile.gettempdir()))
