# pkgutil: listing modules of directories, walking packages, data, names, loaders
import os
import sys
sys.path[:0] = ['mod_pkgutil', 'mod_pkgutil2']
import pkgutil
import importlib.machinery as machinery


def rel(p):
    return os.path.relpath(p) if isinstance(p, str) and os.path.isabs(p) else p


def show(infos):
    for i in infos:
        print(' ', type(i.module_finder).__name__, rel(i.module_finder.path), i.name, i.ispkg)


print('iter_modules:')
show(pkgutil.iter_modules(['mod_pkgutil']))
show(pkgutil.iter_modules(['mod_pkgutil/plug'], 'plug.'))
show(pkgutil.iter_modules(['mod_pkgutil/plug', 'mod_pkgutil/plug', 'no_such_dir']))
try:
    list(pkgutil.iter_modules('mod_pkgutil'))
except ValueError as e:
    print('ValueError', e)
print('walk_packages:')
errors = []
show(pkgutil.walk_packages(['mod_pkgutil'], onerror=errors.append))
print('errors', errors)
try:
    list(pkgutil.walk_packages(['mod_pkgutil']))
except ImportError as e:
    print('not given to onerror: ImportError swallowed?', e)
else:
    print('ImportError swallowed without onerror')
print('get_data:', pkgutil.get_data('plug', 'data.txt'), pkgutil.get_data('nope_mod', 'x'))
try:
    pkgutil.get_data('plug', 'missing.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print('resolve_name:', pkgutil.resolve_name('plug.alpha:A'), pkgutil.resolve_name('plug.alpha.A'),
      pkgutil.resolve_name('os.path:join').__name__, pkgutil.resolve_name('plug:X'),
      pkgutil.resolve_name('plug.alpha').__name__, pkgutil.resolve_name('os.path.join').__name__)
for bad in ('1abc', 'a..b', 'plug:', 'plug.alpha:B', 'plug.nothere', ':x', 'no_such_module_x'):
    try:
        r = pkgutil.resolve_name(bad)
        print(bad, getattr(r, '__name__', r))
    except (ValueError, AttributeError, ImportError) as e:
        print(bad, type(e).__name__, e)
imp = pkgutil.get_importer('mod_pkgutil')
print('get_importer:', type(imp).__name__, rel(imp.path), pkgutil.get_importer('mod_pkgutil') is imp)
print(pkgutil.get_importer('no_such_dir'))
print('find_spec:', imp.find_spec('top').name, rel(imp.find_spec('top').origin),
      imp.find_spec('plug').submodule_search_locations == [os.path.abspath('mod_pkgutil/plug')],
      imp.find_spec('ns').loader, imp.find_spec('nothing'))
bare = machinery.FileFinder('mod_pkgutil')
print('bare finder:', bare.find_spec('top'), rel(bare.find_spec('ns').submodule_search_locations[0]))
hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, ['.py']))
try:
    hook('mod_pkgutil/top.py')
except ImportError as e:
    print('ImportError', e, rel(e.path))
print('extend_path:', [rel(p) for p in pkgutil.extend_path([os.path.abspath('mod_pkgutil/plug')], 'plug')])
print(pkgutil.extend_path('not a list', 'plug'))
import plug
print('get_loader:', type(pkgutil.get_loader('plug')).__name__, type(pkgutil.get_loader(plug)).__name__,
      pkgutil.get_loader('nope_mod'), type(pkgutil.find_loader('top')).__name__)
try:
    pkgutil.find_loader('.rel')
except ImportError as e:
    print('ImportError', e)
try:
    list(pkgutil.iter_importers('.rel'))
except ImportError as e:
    print('ImportError', e)
print([rel(getattr(i, 'path', None)) for i in pkgutil.iter_importers('plug.alpha')])
print(pkgutil.ModuleInfo('f', 'n', True), pkgutil.ModuleInfo._fields)
# a zip archive on the path
import tempfile
import zipfile
with tempfile.TemporaryDirectory() as d:
    z = os.path.join(d, 'mods.zip')
    with zipfile.ZipFile(z, 'w') as zf:
        for name in ('zmod.py', 'zpkg/__init__.py', 'zpkg/inner.py', 'zpkg/data.txt',
                     'other.txt', 'deep/a/__init__.py', 'zpkg2/__init__.py'):
            zf.writestr(name, 'V = %r\n' % name)
    print([(i.name, i.ispkg) for i in pkgutil.iter_modules([z])])
    print([(i.name, i.ispkg) for i in pkgutil.iter_modules([os.path.join(z, 'zpkg')], 'zpkg.')])
    print(type(pkgutil.get_importer(z)).__name__)
