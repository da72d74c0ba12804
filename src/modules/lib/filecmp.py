"""filecmp: compare files and directories.

cmp() says whether two regular files are equal (by type, size and mtime when shallow,
else by contents, remembering recent results); cmpfiles() sorts names into equal,
different and failed; dircmp compares two directories, computing each group of names
the first time it is asked for.

Invariant: the contents cache holds at most 100 results, each keyed by both files'
(type, size, mtime) signatures, so a changed file is never answered from the cache.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the remembered comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if f1 and f2 are regular files with the same contents (or, when shallow,
    the same type, size and modification time)."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk1 = a.read(BUFSIZE)
            chunk2 = b.read(BUFSIZE)
            if chunk1 != chunk2:
                return False
            if not chunk1:
                return True


def _compare_one(a, b, shallow):
    # 0: equal, 1: different, 2: could not compare
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """([equal], [different], [failed]) for the names in common, in directories a, b."""
    groups = ([], [], [])
    for name in common:
        groups[_compare_one(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return groups


class dircmp:
    """A comparison of directories a and b; its attributes (left_list, right_list,
    common, left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files, subdirs) are computed when first read."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _listing(self, path):
        skip = self.hide + self.ignore
        return sorted(name for name in os.listdir(path) if name not in skip)

    def _lists(self):
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def _names(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def _kinds(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _contents(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def _subdirs(self):
        self.subdirs = {name: self.__class__(os.path.join(self.left, name),
                                             os.path.join(self.right, name),
                                             self.ignore, self.hide)
                        for name in self.common_dirs}

    phase0 = _lists
    phase1 = _names
    phase2 = _kinds
    phase3 = _contents
    phase4 = _subdirs

    def phase4_closure(self):
        self._subdirs()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=_subdirs,
                     same_files=_contents, diff_files=_contents, funny_files=_contents,
                     common_dirs=_kinds, common_files=_kinds, common_funny=_kinds,
                     common=_names, left_only=_names, right_only=_names,
                     left_list=_lists, right_list=_lists)

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return getattr(self, attr)

    def report(self):
        """Print the differences between the two directories."""
        print('diff', self.left, self.right)
        for label, names in (('Only in %s :' % self.left, 'left_only'),
                             ('Only in %s :' % self.right, 'right_only'),
                             ('Identical files :', 'same_files'),
                             ('Differing files :', 'diff_files'),
                             ('Trouble with common files :', 'funny_files'),
                             ('Common subdirectories :', 'common_dirs'),
                             ('Common funny cases :', 'common_funny')):
            values = getattr(self, names)
            if values:
                values.sort()
                print(label, values)

    def report_partial_closure(self):
        """report(), then report() for each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report() for this pair and, recursively, every common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
