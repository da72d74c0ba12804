# importlib.resources over a package on disk, a namespace package of two directories,
# and the deprecated functions with their warnings; importlib.abc loaders.
import sys, os, warnings, pathlib
import importlib.resources as r
import importlib.resources.abc as rabc
import importlib.abc
import mod_res
sys.path[:0] = ['mod_res_ns/a', 'mod_res_ns/b']

root = r.files('mod_res')
print(type(root).__name__, root.name, root == r.files(mod_res), isinstance(root, rabc.Traversable))
print(sorted(p.name for p in root.iterdir() if p.name != '__pycache__'))
print((root / 'data.txt').read_text(), (root / 'blob.bin').read_bytes(), root.joinpath('sub', 'inner.txt').read_text())
print((root / 'data.txt').is_file(), (root / 'sub').is_dir(), (root / 'missing').is_file())
with r.as_file(root / 'data.txt') as p:
    print(type(p).__name__, p.name, p.read_text().splitlines())
ns = r.files('nsres')
print(type(ns).__name__, ns.name, sorted(p.name for p in ns.iterdir()), ns.is_dir(), ns.is_file())
print((ns / 'two.txt').read_text(), (ns / 'one.txt').read_text())
for bad in ('mod_res.nothere', 'mod_res_missing'):
    try:
        r.files(bad)
    except Exception as e:
        print(type(e).__name__, e)
import json.decoder
try:
    r.files('json.decoder')
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(r.read_text('mod_res', 'data.txt').split())
    print(r.read_binary('mod_res', 'blob.bin'))
    with r.open_text('mod_res', 'data.txt') as f:
        print(f.readline().strip())
    with r.open_binary('mod_res', 'blob.bin') as f:
        print(f.read(2))
    print(r.is_resource('mod_res', 'data.txt'), r.is_resource('mod_res', 'sub'), r.is_resource('mod_res', 'x'))
    print(sorted(n for n in r.contents('mod_res') if n != '__pycache__'))
    with r.path('mod_res', 'data.txt') as p:
        print(p.name, p.exists())
    for call in (lambda: r.read_text('mod_res', 'sub/inner.txt'), lambda: r.read_text('mod_res', 'nope.txt')):
        try:
            call()
        except (ValueError, FileNotFoundError) as e:
            print(type(e).__name__, str(e).replace(os.getcwd() + '/', ''))
    print(len(w), {str(x.category.__name__) for x in w}, str(w[0].message))


class Reader(rabc.TraversableResources):
    def files(self):
        return pathlib.Path('mod_res')


rd = Reader()
print(rd.is_resource('data.txt'), sorted(n for n in rd.contents() if n != '__pycache__'), rd.open_resource('blob.bin').read(2))
try:
    rd.resource_path('x')
except FileNotFoundError as e:
    print('FileNotFoundError', e)


class StrLoader(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return f'NAME = {fullname!r}\nDOUBLE = 2 * 21\n'


class StrFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith('strmod_'):
            import importlib.util
            return importlib.util.spec_from_loader(name, StrLoader())
        return None


sys.meta_path.append(StrFinder())
import strmod_a
print(strmod_a.NAME, strmod_a.DOUBLE, strmod_a.__loader__.__class__.__name__)
print(StrLoader().get_code('x').co_filename, StrLoader.source_to_code('y = 1').co_name)
try:
    importlib.abc.InspectLoader.is_package(StrLoader(), 'x')
except ImportError as e:
    print('ImportError', repr(e))
class FL(importlib.abc.FileLoader):
    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode()


fl = FL('mod_res', 'mod_res/__init__.py')
print(fl.get_filename(), fl.get_data('mod_res/data.txt'), fl.get_source('mod_res'))
print(issubclass(importlib.abc.SourceLoader, importlib.abc.ExecutionLoader), importlib.abc.Loader().create_module(None))
