# not in the image: files
# os/posixpath with bytes and undecodable names: listdir(bytes), exists(bytes), abspath(bytes)
# in a directory whose name is not UTF-8, relpath mixing str and bytes, os.getcwd looked up
# at call time, os.supports_* sets
import os, posixpath
base = os.path.abspath('.')
d = os.path.join(base, b'conf18b_und\xe7w\xf0'.decode('utf-8', 'surrogateescape'))
os.mkdir(d)
try:
    open(os.path.join(d, 'f'), 'w').close()
    print(os.listdir(os.fsencode(d)), os.path.exists(os.fsencode(d)), os.path.isdir(os.fsencode(d)))
    os.chdir(d)
    print(os.path.abspath(b'x')[-6:], ascii(os.path.abspath('x')[-6:]), os.getcwdb()[-4:])
    os.chdir(base)
    os.unlink(os.path.join(d, 'f'))
finally:
    os.rmdir(d)
for a, b in [('a', b'b'), (b'a', 'b')]:
    try:
        posixpath.relpath(a, b)
    except TypeError as e:
        print(e)
real = os.getcwd
os.getcwd = lambda: '/home/user/bar'
try:
    print(posixpath.relpath('a', '../b'), posixpath.abspath('q'))
finally:
    os.getcwd = real
print(type(os.supports_dir_fd), type(os.supports_fd), os.stat in os.supports_follow_symlinks)
