"""zipimport: import Python modules from ZIP archives (our own code, on zipfile).

zipimporter(path) takes an archive's path, optionally followed by a directory inside it
('lib.zip/pkg'); it finds and loads source modules (.py) and packages from there. An
archive on sys.path is searched by the import system through this class.
"""

import sys
import _frozen_importlib

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''
_zip_directory_cache = {}


class ZipImportError(ImportError):
    pass


def _split_archive(path):
    """(archive file, prefix inside it) of [path]: the longest leading part that is a file."""
    import os
    prefix = []
    while True:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            head, tail = os.path.split(path)
            if head == path or not tail:
                raise ZipImportError('not a Zip file', path=path)
            path = head
            prefix.append(tail)
            continue
        import stat
        if not stat.S_ISREG(st.st_mode):
            raise ZipImportError('not a Zip file', path=path)
        return path, prefix


class zipimporter:
    """Importer of the modules in a ZIP archive."""

    def __init__(self, path):
        import os
        if not isinstance(path, str):
            path = os.fsdecode(path)
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        archive, prefix = _split_archive(path)
        if archive not in _zip_directory_cache:
            import zipfile
            try:
                with zipfile.ZipFile(archive) as zf:
                    names = {info.filename: info for info in zf.infolist()}
            except (OSError, zipfile.BadZipFile):
                raise ZipImportError(f'not a Zip file: {archive!r}', path=archive) from None
            _zip_directory_cache[archive] = names
        self._files = _zip_directory_cache[archive]
        self.archive = archive
        self.prefix = ''.join(p + path_sep for p in reversed(prefix))

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    def _info(self, fullname):
        """('package' or 'module', the entry's name in the archive) or None."""
        base = self.prefix + fullname.rpartition('.')[2]
        if base + '/__init__.py' in self._files:
            return True, base + '/__init__.py'
        if base + '.py' in self._files:
            return False, base + '.py'
        return None

    def _must(self, fullname):
        info = self._info(fullname)
        if info is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return info

    def find_spec(self, fullname, target=None):
        info = self._info(fullname)
        if info is None:
            base = self.prefix + fullname.rpartition('.')[2]
            if base + '/' in self._files or any(n.startswith(base + '/') for n in self._files):
                spec = _frozen_importlib.ModuleSpec(fullname, None, is_package=True)
                spec.submodule_search_locations.append(f'{self.archive}{path_sep}{base}')
                return spec
            return None
        is_package, name = info
        spec = _frozen_importlib.ModuleSpec(fullname, self, origin=self._path(name),
                                            is_package=is_package)
        spec.has_location = True
        if is_package:
            spec.submodule_search_locations.append(self._path(name.rpartition('/')[0]))
        return spec

    def _path(self, name):
        return f'{self.archive}{path_sep}{name}'

    def _read(self, name):
        import zipfile
        with zipfile.ZipFile(self.archive) as zf:
            return zf.read(name)

    def get_data(self, pathname):
        key = pathname
        if key.startswith(self.archive + path_sep):
            key = key[len(self.archive) + 1:]
        if key not in self._files:
            raise OSError(0, '', key)
        return self._read(key)

    def get_filename(self, fullname):
        return self._path(self._must(fullname)[1])

    def get_source(self, fullname):
        name = self._must(fullname)[1]
        return self._read(name).decode()

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec',
                       dont_inherit=True)

    def is_package(self, fullname):
        return self._must(fullname)[0]

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__spec__.name), module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for "
                      "removal in Python 3.12; use exec_module() instead", DeprecationWarning)
        spec = self.find_spec(fullname)
        if spec is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return __import__('_import_hooks')._load(spec)

    def get_resource_reader(self, fullname):
        return None

    def invalidate_caches(self):
        _zip_directory_cache.pop(self.archive, None)
