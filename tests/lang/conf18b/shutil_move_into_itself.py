# not in the image: files
# shutil.move of a directory into itself raises shutil.Error (it used to copy the tree
# into itself forever); shutil's private names code written for CPython uses
import os, shutil, tempfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.mkdir(src)
open(os.path.join(src, 'f'), 'w').close()
try:
    shutil.move(src, os.path.join(src, 'inner'))
except shutil.Error as e:
    print(str(e).replace(d, 'D'))
print(shutil._destinsrc(src, os.path.join(src, 'x')), shutil._destinsrc(src, src + 'x'))
print(issubclass(shutil._GiveupOnFastCopy, Exception), type(shutil.rmtree.avoids_symlink_attacks))
shutil.rmtree(d)
print(os.path.exists(d))
