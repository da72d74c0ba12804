"""importlib.resources: read data files shipped inside packages (our own code).

files(package) is the directory of a package loaded from source files (a pathlib.Path),
the merged directories of a namespace package, or what the package loader's resource
reader gives; a package frozen into safepy has no data files (an empty directory).
The functions before files() existed remain, deprecated as in CPython 3.11.
"""

import contextlib
import functools
import importlib
import os
import pathlib
import tempfile
import types
import warnings
from typing import Union

from importlib.resources.abc import ResourceReader, Traversable, TraversableResources
from importlib.resources import abc

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files',
           'is_resource', 'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = Union[types.ModuleType, str]
Resource = str


def _package(package):
    module = importlib.import_module(package) if isinstance(package, str) else package
    spec = getattr(module, '__spec__', None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f'{package!r} is not a package')
    return module, spec


class MultiplexedPath(Traversable):
    """The directories of a namespace package seen as one."""

    def __init__(self, *paths):
        self._paths = [pathlib.Path(p) for p in dict.fromkeys(paths)]
        if not self._paths:
            raise FileNotFoundError('MultiplexedPath must contain at least one path')
        if not all(p.is_dir() for p in self._paths):
            raise NotADirectoryError('MultiplexedPath only supports directories')

    def iterdir(self):
        seen = set()
        for p in self._paths:
            for f in p.iterdir():
                if f.name not in seen:
                    seen.add(f.name)
                    yield f

    def read_bytes(self):
        raise FileNotFoundError(f'{self} is not a file')

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        for p in self._paths:
            candidate = p.joinpath(*descendants)
            if candidate.exists():
                return candidate
        return self._paths[0].joinpath(*descendants)

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ', '.join(f"'{p}'" for p in self._paths)
        return f'MultiplexedPath({paths})'


class _FrozenDir(Traversable):
    """The resources of a package frozen into the interpreter: none."""

    def __init__(self, name, parts=()):
        self._name = name
        self._parts = parts

    def iterdir(self):
        if self._parts:
            raise FileNotFoundError(self._where())
        return iter(())

    def _where(self):
        return '/'.join((f'<frozen {self._name}>',) + self._parts)

    def is_dir(self):
        return not self._parts

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        parts = tuple(str(d) for d in descendants)
        return _FrozenDir(self._name, self._parts + parts)

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f'No such file or directory: {self._where()!r}')

    @property
    def name(self):
        return self._parts[-1] if self._parts else self._name.rpartition('.')[2]

    def __repr__(self):
        return f'{type(self).__name__}({self._where()!r})'


def files(package):
    """The Traversable of [package]'s resources (a package object or name)."""
    module, spec = _package(package)
    loader = spec.loader
    reader = getattr(loader, 'get_resource_reader', None)
    reader = reader(spec.name) if reader is not None else None
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    if spec.origin is not None and spec.has_location:
        return pathlib.Path(spec.origin).parent
    locations = list(spec.submodule_search_locations)
    if locations:
        return (pathlib.Path(locations[0]) if len(locations) == 1
                              else MultiplexedPath(*locations))
    return _FrozenDir(spec.name)


@contextlib.contextmanager
def as_file(path):
    """A context manager giving a file-system path for Traversable [path]: the path
    itself when it is one, else a temporary copy removed on exit."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    fd, raw = tempfile.mkstemp(suffix=getattr(path, 'name', ''))
    try:
        try:
            os.write(fd, path.read_bytes())
        finally:
            os.close(fd)
        yield pathlib.Path(raw)
    finally:
        try:
            os.remove(raw)
        except FileNotFoundError:
            pass


def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html"
                      "#migrating-from-legacy for migration advice.",
                      DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _file_name(resource):
    name = str(resource)
    if os.path.split(name)[0]:
        raise ValueError(f'{resource!r} must be only a file name')
    return name


@_deprecated
def open_binary(package, resource):
    return (files(package) / _file_name(resource)).open('rb')


@_deprecated
def read_binary(package, resource):
    return (files(package) / _file_name(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    return (files(package) / _file_name(resource)).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    with open_text(package, resource, encoding, errors) as f:  # warns too, as CPython's
        return f.read()


@_deprecated
def contents(package):
    return [p.name for p in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    resource = _file_name(name)
    return any(p.name == resource and p.is_file() for p in files(package).iterdir())


@_deprecated
def path(package, resource):
    return as_file(files(package) / _file_name(resource))
