# shutil: copy, copyfile, copytree, move, rmtree, which (module was missing).
import shutil, tempfile, os
with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a.txt")
    with open(a, "w") as f: f.write("content\n")
    b = shutil.copy(a, os.path.join(d, "b.txt")); print(os.path.basename(b), open(b).read().strip())
    sub = os.path.join(d, "sub"); os.mkdir(sub)
    print(os.path.basename(shutil.copy(a, sub)), os.listdir(sub))
    try: shutil.copyfile(a, a)
    except shutil.SameFileError as e: print(type(e).__name__)
    t = shutil.copytree(sub, os.path.join(d, "tree")); print(sorted(os.listdir(t)))
    m = shutil.move(b, os.path.join(d, "moved.txt")); print(os.path.exists(b), os.path.basename(m))
    shutil.rmtree(t); print(os.path.exists(t))
    try: shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e: print("FileNotFoundError")
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    print(sorted(os.listdir(d)))
print(shutil.which("sh") is not None, shutil.which("no-such-cmd-zz"), tuple(shutil.get_terminal_size((10, 5))) != ())
