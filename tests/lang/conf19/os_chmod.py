# not in the image: files
# os.chmod / os.fchmod go through the host table (the enclave host refuses them);
# shutil.copy, copy2, copymode, copystat and copytree now copy the permission bits.
import os, shutil, stat, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("hi")
os.chmod(p, 0o640)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR)
print(oct(os.stat(p).st_mode & 0o777))
fd = os.open(p, os.O_RDONLY)
os.fchmod(fd, 0o604)
os.chmod(fd, 0o606)
os.close(fd)
print(oct(os.stat(p).st_mode & 0o777))
q = shutil.copy(p, os.path.join(d, "g.txt"))
print(os.path.basename(q), oct(os.stat(q).st_mode & 0o777))
os.chmod(p, 0o751)
shutil.copymode(p, q)
print(oct(os.stat(q).st_mode & 0o777))
os.chmod(p, 0o700)
r = shutil.copy2(p, os.path.join(d, "h.txt"))
print(oct(os.stat(r).st_mode & 0o777))
os.chmod(d, 0o750)
t = shutil.copytree(d, d + "-copy")
print(oct(os.stat(t).st_mode & 0o777), sorted(os.listdir(t)))
for args in ((os.path.join(d, "missing"), 0o600), (1.5, 0o600), (p, "7"), (p, 2**40), (p,)):
    try:
        os.chmod(*args)
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
try:
    os.fchmod(999, 0o600)
except OSError as e:
    print(type(e).__name__, e)
print(os.chmod in os.supports_fd)
shutil.rmtree(d)
shutil.rmtree(t)
