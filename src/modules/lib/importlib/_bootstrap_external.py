"""importlib._bootstrap_external: the path-based side of the import system.

Our own module. CPython keeps its path finder and file loaders here; safepy's live in
_frozen_importlib and importlib.machinery, so this module gathers them under the names
code written against CPython imports from here, plus the small path helpers
(_get_sourcefile, _get_cached, _path_join, _path_split, _path_isfile, _path_isdir).
"""

import sys
import os as _os
from importlib.machinery import (SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES,
                                 FileFinder, all_suffixes)
from importlib.util import (cache_from_source, source_from_cache, decode_source,
                            spec_from_file_location)
from _frozen_importlib import SourceFileLoader

path_sep = _os.sep
path_separators = _os.sep + (_os.altsep or '')


def _path_join(*parts):
    return _os.path.join(*parts) if parts else ''


def _path_split(path):
    head, tail = _os.path.split(path)
    return head, tail


def _path_isfile(path):
    return _os.path.isfile(path)


def _path_isdir(path):
    if not path:
        path = _os.getcwd()
    return _os.path.isdir(path)


def _get_sourcefile(bytecode_path):
    """The source file of a .pyc path when it exists, else the path itself."""
    if len(bytecode_path) == 0:
        return None
    stem, _, ext = bytecode_path.rpartition('.')
    if not stem or ext.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source = bytecode_path[:-1]
    return source if _path_isfile(source) else bytecode_path


def _get_cached(filename):
    """The cache path for a source file (None when the implementation writes none)."""
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None
