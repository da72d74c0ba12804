# not in the image: files
# linecache.lazycache: a file name that cannot be read gets its lines from the loader
# found in the module globals (get_source), on first use
import linecache
import traceback


class Loader:
    def get_source(self, name):
        print('get_source', name)
        return '"""doc of %s"""\nx = 1\n' % name


g = {'__name__': 'fake_mod', '__loader__': Loader()}
linecache.clearcache()
print(linecache.lazycache('no/such/file.py', g))
print(linecache.lazycache('no/such/file.py', g))
print(linecache.cache['no/such/file.py'][0].__class__.__name__)
print(repr(linecache.getline('no/such/file.py', 1)))
print(linecache.getlines('no/such/file.py'))
print(linecache.lazycache('no/such/file.py', g))
print(linecache.lazycache('<string>', g), linecache.lazycache('', g))
print(linecache.lazycache('other.py', {}), linecache.lazycache('other.py', None))
print(linecache.lazycache('other.py', {'__name__': 'm'}))


class NoneLoader:
    def get_source(self, name):
        return None


linecache.lazycache('none.py', {'__name__': 'n', '__loader__': NoneLoader()})
print(linecache.getlines('none.py'))
linecache.clearcache()
linecache.lazycache('f', g)
fs = traceback.FrameSummary('f', 1, 'dummy')
print(fs.line, tuple(fs))
