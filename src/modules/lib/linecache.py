"""linecache (safepy implementation): cache the lines of source files read by traceback
and warnings."""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines of a Python source file from the cache, reading it on first use."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (safepy keeps them all)."""
    pass


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines (empty when unreadable)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as fp:
            text = fp.read()
    except (OSError, UnicodeDecodeError, ValueError):
        # no such file: a loader seeded by lazycache may still know the source
        if not lazycache(filename, module_globals):
            return []
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            return []
        if data is None:
            return []
        lines = [line + '\n' for line in data.splitlines()]
        cache[filename] = (len(data), None, lines, filename)
        return lines
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for [filename] with a way to get its lines later: the get_source
    of the loader in [module_globals]. True when filename has such an entry now."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec:
                loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            import functools
            cache[filename] = (functools.partial(get_source, name),)
            return True
    return False
