# filecmp: cmp (shallow and deep), cmpfiles, dircmp attributes and reports.
import filecmp, os, shutil

base = 'filecmp_tmp'
if os.path.exists(base):
    shutil.rmtree(base)
def w(path, text):
    full = os.path.join(base, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)
w('a/same.txt', 'same')
w('b/same.txt', 'same')
w('a/diff.txt', 'one')
w('b/diff.txt', 'two')
w('a/size.txt', 'short')
w('b/size.txt', 'longer text')
w('a/only_a.txt', 'x')
w('b/only_b.txt', 'y')
w('a/sub/inner.txt', 'i')
w('b/sub/inner.txt', 'I')
w('a/sub/deep/z.txt', 'z')
w('b/sub/deep/z.txt', 'z')
w('a/kind', 'file here')
os.makedirs(os.path.join(base, 'b', 'kind'))
os.makedirs(os.path.join(base, 'a', '.git'))
os.makedirs(os.path.join(base, 'b', 'CVS'))
A = os.path.join(base, 'a')
B = os.path.join(base, 'b')
j = os.path.join
print(filecmp.cmp(j(A, 'same.txt'), j(B, 'same.txt'), shallow=False),
      filecmp.cmp(j(A, 'diff.txt'), j(B, 'diff.txt'), shallow=False),
      filecmp.cmp(j(A, 'size.txt'), j(B, 'size.txt')),
      filecmp.cmp(j(A, 'same.txt'), j(A, 'same.txt')),
      filecmp.cmp(A, B))
try:
    filecmp.cmp(j(A, 'missing'), j(B, 'same.txt'))
except FileNotFoundError as e:
    print(type(e).__name__)
print(filecmp.cmpfiles(A, B, ['same.txt', 'diff.txt', 'size.txt', 'missing', 'only_a.txt'], shallow=False))
filecmp.clear_cache()
d = filecmp.dircmp(A, B)
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
d2 = filecmp.dircmp(A, B)
print(sorted(d2.same_files), sorted(d2.diff_files), d2.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
d.report()
print('--')
filecmp.dircmp(A, B).report_partial_closure()
print('--')
filecmp.dircmp(A, B).report_full_closure()
print('--')
print(filecmp.dircmp(A, B, ignore=[]).left_list, filecmp.dircmp(A, B, hide=['same.txt']).common)
try:
    d.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
shutil.rmtree(base)
