"""importlib.resources.abc: the interfaces of package resources (our own code)."""

import abc
import io
import os
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Optional, Text, Union
from typing import Protocol, runtime_checkable

StrPath = Union[str, 'os.PathLike[str]']

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """The legacy per-package resource interface a loader may give."""

    @abc.abstractmethod
    def open_resource(self, resource: Text) -> BinaryIO:
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource: Text) -> Text:
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path: Text) -> bool:
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self) -> Iterable[str]:
        raise FileNotFoundError


@runtime_checkable
class Traversable(Protocol):
    """A file or directory of a package's resources, with a subset of pathlib.Path's
    methods (pathlib.Path is one)."""

    @abc.abstractmethod
    def iterdir(self) -> Iterator['Traversable']:
        """The objects in this directory."""

    def read_bytes(self) -> bytes:
        with self.open('rb') as strm:
            return strm.read()

    def read_text(self, encoding: Optional[str] = None) -> str:
        with self.open(encoding=encoding) as strm:
            return strm.read()

    @abc.abstractmethod
    def is_dir(self) -> bool:
        """True when this is a directory."""

    @abc.abstractmethod
    def is_file(self) -> bool:
        """True when this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants: StrPath) -> 'Traversable':
        """The Traversable of [descendants] below this one."""

    def __truediv__(self, child: StrPath) -> 'Traversable':
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Opened for reading in text ('r') or binary ('rb') mode."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The base name of this object without any parent references."""


class TraversableResources(ResourceReader):
    """A ResourceReader built on a files() Traversable."""

    @abc.abstractmethod
    def files(self) -> 'Traversable':
        """A Traversable for the loaded package."""

    def open_resource(self, resource: StrPath) -> io.BufferedReader:
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource: Any) -> NoReturn:
        raise FileNotFoundError(resource)

    def is_resource(self, path: StrPath) -> bool:
        return self.files().joinpath(path).is_file()

    def contents(self) -> Iterator[str]:
        return (item.name for item in self.files().iterdir())
