"""importlib.metadata: the installed distributions' metadata (our own code).

Distributions are the `NAME-VERSION.dist-info` (and `.egg-info`) directories of the
sys.path entries: their METADATA (or PKG-INFO) headers, entry_points.txt, RECORD,
top_level.txt and requires.txt, read as CPython 3.11's module reads them.
"""

import csv
import functools
import os
import pathlib
import re
import sys

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


# headers that may occur more than once: json lists them
_MULTIPLE_USE = {'classifier', 'obsoletes_dist', 'platform', 'project_url', 'provides_dist',
                 'provides_extra', 'requires_dist', 'requires_external', 'supported_platform',
                 'dynamic'}


class PackageMetadata:
    """The headers of a distribution's METADATA file (a read-only email-style message)."""

    def __init__(self, text):
        self._headers = []
        lines = text.splitlines()
        i = 0
        while i < len(lines) and lines[i].strip():
            line = lines[i]
            if line[:1] in (' ', '\t') and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + '\n' + line)
            elif ':' in line:
                key, _, value = line.partition(':')
                self._headers.append((key.strip(), value.strip()))
            i += 1
        payload = '\n'.join(lines[i + 1:]) + ('\n' if i + 1 < len(lines) else '')
        if payload:  # the body is the Description, as a last header
            self._headers.append(('Description', payload))

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        return any(k.lower() == name.lower() for k, _ in self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def __getitem__(self, name):
        for k, v in self._headers:
            if k.lower() == name.lower():
                return v
        return None

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        values = [v for k, v in self._headers if k.lower() == name.lower()]
        return values or failobj

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    @property
    def json(self):
        """The headers as a dict (PEP 566): lower-case names, '_' for '-', lists for the
        multiple-use ones, keywords split."""
        out = {}
        for key in dict.fromkeys(k for k, _ in self._headers):
            name = key.lower().replace('-', '_')
            if name in _MULTIPLE_USE:
                out[name] = self.get_all(key)
            elif name == 'keywords':
                out[name] = re.split(r'\s+', self[key])
            else:
                out[name] = self[key]
        return out


_EP_PATTERN = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')


class EntryPoint:
    """An entry point: name = module:attr [extras] in a group of entry_points.txt."""

    __slots__ = ('name', 'value', 'group', 'dist')

    def __init__(self, name, value, group):
        object.__setattr__(self, 'name', name)
        object.__setattr__(self, 'value', value)
        object.__setattr__(self, 'group', group)
        object.__setattr__(self, 'dist', None)

    def __setattr__(self, name, value):
        raise AttributeError('EntryPoint objects are immutable.')

    def _for(self, dist):
        object.__setattr__(self, 'dist', dist)
        return self

    def load(self):
        """The object the entry point names, its module imported."""
        match = _EP_PATTERN.match(self.value)
        module = __import__('importlib').import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        return functools.reduce(getattr, attrs, module)

    @property
    def module(self):
        return _EP_PATTERN.match(self.value).group('module')

    @property
    def attr(self):
        return _EP_PATTERN.match(self.value).group('attr')

    @property
    def extras(self):
        match = _EP_PATTERN.match(self.value)
        return re.findall(r'\w+', match.group('extras') or '')

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __reduce__(self):
        return self.__class__, self._key()


class EntryPoints(list):
    """A collection of entry points, selectable by their attributes (a list, as 3.11's,
    where changing it is deprecated)."""

    __slots__ = ()

    def __getitem__(self, name):
        if not isinstance(name, str):
            return list.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}



class SelectableGroups(dict):
    """entry_points() without arguments: a dict of group name -> EntryPoints."""

    @classmethod
    def load(cls, eps):
        groups = {}
        for ep in sorted(eps, key=lambda ep: ep.group):
            groups.setdefault(ep.group, []).append(ep)
        return cls((group, EntryPoints(items)) for group, items in groups.items())

    @property
    def _all(self):
        return EntryPoints(ep for eps in self.values() for ep in eps)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


class PackagePath(pathlib.PurePosixPath):
    """A file of a distribution (RECORD), relative to its sys.path entry."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


def _normalized(name):
    return re.sub(r'[-_.]+', '_', name).lower()


class Distribution:
    """An installed distribution (abstract: read_text and locate_file)."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop('context', None)
        if context and kwargs:
            raise ValueError('cannot accept context and kwargs')
        context = context or DistributionFinder.Context(**kwargs)
        return iter(PathDistribution._find(context))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = self.read_text('METADATA') or self.read_text('PKG-INFO') or self.read_text('') or ''
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalized(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return EntryPoints(ep._for(self) for ep in _parse_entry_points(self.read_text('entry_points.txt')))

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is not None:
            rows = csv.reader(text.splitlines())
        else:
            text = self.read_text('SOURCES.txt')
            if text is None:
                return None
            rows = ((line, None, None) for line in text.splitlines())
        out = []
        for row in rows:
            if not row:
                continue
            name, hash_, size = (list(row) + [None, None])[:3]
            path = PackagePath(name.strip('"'))
            path.hash = FileHash(hash_) if hash_ else None
            path.size = int(size) if size else None
            path.dist = self
            out.append(path)
        return out

    @property
    def requires(self):
        reqs = self.metadata.get_all('Requires-Dist')
        if reqs is None:
            text = self.read_text('requires.txt')
            if text is None:
                return None
            reqs, section = [], ''
            for line in text.splitlines():
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                if line.startswith('['):
                    section = line.strip('[]')
                    continue
                extra, _, markers = section.partition(':')
                if extra and markers:
                    markers = f'({markers})'
                conditions = [c for c in (markers, extra and f'extra == "{extra}"') if c]
                space = ' ' if '@' in line else ''  # a URL requirement needs it
                reqs.append(line + space + ('; ' + ' and '.join(conditions) if conditions else ''))
        return reqs and list(reqs)


def _parse_entry_points(text):
    group = None
    for line in (text or '').splitlines():
        line = line.strip()
        if not line or line.startswith(('#', ';')):
            continue
        if line.startswith('[') and line.endswith(']'):
            group = line[1:-1].strip()
            continue
        name, _, value = line.partition('=')
        yield EntryPoint(name.strip(), value.strip(), group)


class DistributionFinder:
    """Finds distributions (the sys.path search below)."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)


class PathDistribution(Distribution):
    """A distribution in a .dist-info or .egg-info directory."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @staticmethod
    def _find(context):
        wanted = None if context.name is None else _normalized(context.name)
        for entry in context.path:
            if not isinstance(entry, str):
                continue
            try:
                children = sorted(os.listdir(entry or '.'))
            except OSError:
                continue
            for child in children:
                low = child.lower()
                if not low.endswith(('.dist-info', '.egg-info')):
                    continue
                stem = child.rpartition('.')[0]
                if wanted is not None and _normalized(stem.partition('-')[0]) != wanted:
                    continue
                yield PathDistribution(pathlib.Path(entry or '.', child))


def distribution(distribution_name):
    """The Distribution of the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every distribution found on sys.path (or kwargs' path)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution (the first of each normalized name):
    SelectableGroups without arguments, else the EntryPoints matching them."""
    seen = set()
    eps = []
    for dist in distributions():
        name = dist._normalized_name
        if name in seen:
            continue
        seen.add(name)
        eps.extend(dist.entry_points)
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """A mapping of top-level packages to the distributions that provide them."""
    out = {}
    for dist in distributions():
        text = dist.read_text('top_level.txt')
        if text is not None:
            tops = text.split()
        else:
            tops = []
            for path in dist.files or ():
                parts = path.parts
                if len(parts) > 1 and not parts[0].endswith(('.dist-info', '.egg-info')):
                    tops.append(parts[0])
                elif len(parts) == 1 and parts[0].endswith('.py'):
                    tops.append(parts[0][:-3])
        for top in dict.fromkeys(tops):
            out.setdefault(top, []).append(dist.metadata['Name'])
    return out
