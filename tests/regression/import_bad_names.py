# Module names with '/' (e.g. 'import_bad_names_dir/m') loaded files by path, and empty name parts ('pk.', 'pk..q') imported the parent package instead of failing; '.pk' at level 0 raised KeyError.
import sys
sys.path.insert(0, 'import_bad_names_dir')
sys.path.insert(0, '.')
import pk.q
for name in ('import_bad_names_dir/m', 'import_bad_names_dir\0m', '../regression/pk', 'pk/q', 'pk.q/',
             'pk..q', 'pk.', '.pk', '..', '.', '', 'a\0b', 'pk.\0'):
    try:
        m = __import__(name)
        print(ascii(name), 'imported', m.__name__)
    except (ImportError, ValueError) as e:
        print(ascii(name), type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith('pk') or '/' in k or k == 'm'))
