# zipimport.zipimporter over an archive written here with zipfile.
import os
import sys
import tempfile
import zipfile
import zipimport

d = tempfile.mkdtemp()
arc = os.path.join(d, 'lib.zip')
with zipfile.ZipFile(arc, 'w') as zf:
    zf.writestr('zm.py', 'X = 5\n')
    zf.writestr('zp/__init__.py', 'Y = 1\n')
    zf.writestr('zp/mod.py', 'Z = "in zp"\r\n')
    zf.writestr('zp/data.txt', 'data')


def show(x):
    return str(x).replace(d, 'DIR')


z = zipimport.zipimporter(arc)
print(show(z), show(z.archive) , repr(z.prefix))
print(show(z.find_spec('zm')), show(z.find_spec('zp')), z.find_spec('nothing'))
print(z.is_package('zp'), z.is_package('zm'), repr(z.get_source('zm')), z.get_data('zp/data.txt'),
      z.get_data(arc + '/zp/data.txt'), show(z.get_filename('zm')))
sub = zipimport.zipimporter(arc + '/zp')
print(show(sub), sub.prefix, repr(sub.get_source('mod')), show(sub.find_spec('mod').origin))
code = z.get_code('zm')
ns = {}
exec(code, ns)
print(ns['X'], show(code.co_filename))
for bad in (os.path.join(d, 'missing.zip'), __file__, ''):
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print('ZipImportError', show(e).replace(os.path.dirname(os.path.abspath(__file__)) + '/', ''))
for call in (lambda: z.get_source('nothing'), lambda: z.get_data('nothing')):
    try:
        call()
    except (ImportError, OSError) as e:
        print(type(e).__name__, e)
print(issubclass(zipimport.ZipImportError, ImportError))


class ZipFinder:
    def find_spec(self, name, path, target=None):
        return z.find_spec(name) if name in ('zm', 'zp') else None


sys.meta_path.append(ZipFinder())
import zm
import zp
print(zm.X, zp.Y, show(zm.__file__), show(zp.__path__), show(zm.__loader__))
os.remove(arc)
os.rmdir(d)
