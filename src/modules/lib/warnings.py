"""warnings (safepy implementation): issue warnings and filter them, with CPython 3.11's
default filters, registry ("once per location") logic and output format.

The caller's file and line come from _traceback.frame_info. Message and module patterns
use the re module when it is available, else a small built-in matcher for the common
regular-expression subset (literals, '.', '*', '+', '?', classes, anchors).
"""

import sys
import _traceback

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += '  %s\n' % line
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError('warnings.showwarning() must be set to a function or method')
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class _MiniPattern:
    """A compiled pattern for the regular-expression subset warnings filters use."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._items = self._parse(pattern)

    def __repr__(self):
        if self.flags:
            return 're.compile(%r, re.IGNORECASE)' % self.pattern
        return 're.compile(%r)' % self.pattern

    def __eq__(self, other):
        if not isinstance(other, _MiniPattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    @staticmethod
    def _parse(p):
        items = []
        i = 0
        n = len(p)
        while i < n:
            c = p[i]
            if c == '\\' and i + 1 < n:
                d = p[i + 1]
                i += 2
                if d == 'Z':
                    items.append(('end', None))
                    continue
                if d == 'd':
                    items.append(('set', (False, [('0', '9')])))
                elif d == 's':
                    items.append(('set', (False, [(' ', ' '), ('\t', '\r')])))
                elif d == 'w':
                    items.append(('set', (False, [('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')])))
                else:
                    items.append(('lit', d))
            elif c == '.':
                items.append(('any', None))
                i += 1
            elif c == '^' and i == 0:
                i += 1
                continue
            elif c == '$' and i == n - 1:
                items.append(('eol', None))
                i += 1
                continue
            elif c == '[':
                j = i + 1
                neg = j < n and p[j] == '^'
                if neg:
                    j += 1
                ranges = []
                first = True
                while j < n and (p[j] != ']' or first):
                    first = False
                    a = p[j]
                    if a == '\\' and j + 1 < n:
                        j += 1
                        a = p[j]
                    if j + 2 < n and p[j + 1] == '-' and p[j + 2] != ']':
                        ranges.append((a, p[j + 2]))
                        j += 3
                    else:
                        ranges.append((a, a))
                        j += 1
                items.append(('set', (neg, ranges)))
                i = j + 1
            else:
                items.append(('lit', c))
                i += 1
            if i < n and p[i] in '*+?':
                kind, arg = items.pop()
                items.append(('rep', (p[i], (kind, arg))))
                i += 1
        return items

    def _one(self, item, ch):
        kind, arg = item
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            return ch == arg or (self.flags and ch.lower() == arg.lower())
        if kind == 'set':
            neg, ranges = arg
            hit = any(a <= ch <= b for a, b in ranges)
            if self.flags and not hit:
                hit = any(a <= ch.lower() <= b or a <= ch.upper() <= b for a, b in ranges)
            return hit != neg
        return False

    def _match_at(self, k, s, i):
        items = self._items
        while k < len(items):
            kind, arg = items[k]
            if kind == 'end':
                return i == len(s)
            if kind == 'eol':
                return i == len(s) or (i == len(s) - 1 and s[i] == '\n')
            if kind == 'rep':
                op, sub = arg
                lo = 1 if op == '+' else 0
                hi = 1 if op == '?' else len(s) - i
                cnt = 0
                while cnt < hi and i + cnt < len(s) and self._one(sub, s[i + cnt]):
                    cnt += 1
                while cnt >= lo:
                    if self._match_at(k + 1, s, i + cnt):
                        return True
                    cnt -= 1
                return False
            if i >= len(s) or not self._one(items[k], s[i]):
                return False
            i += 1
            k += 1
        return True

    def match(self, s):
        return self._match_at(0, s, 0) or None


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _MiniPattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in ('error', 'ignore', 'always', 'default', 'module',
                      'once'), 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in ('error', 'ignore', 'always', 'default', 'module',
                      'once'), 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        stacklevel = int(stacklevel)
    except (TypeError, ValueError):
        stacklevel = 1
    info = _traceback.frame_info(stacklevel if stacklevel > 0 else 1)
    if info is None:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        filename, lineno, globals_, _ = info
    module = globals_.get('__name__', '<string>') if isinstance(globals_, dict) else '<string>'
    if isinstance(globals_, dict):
        registry = globals_.setdefault('__warningregistry__', {})
    else:
        registry = {}
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name, self.filename, self.lineno,
                                self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


defaultaction = 'default'
onceregistry = {}
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_warnings_defaults = True


_DEPRECATED_TEMPLATE = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_TEMPLATE, *, remove, _version=sys.version_info):
    """Warn that module `name` goes away in Python `remove` (a (major, minor) pair);
    past that version (or at it, once out of alpha) it is an error instead."""
    where = "%d.%d" % (remove[0], remove[1])
    now = tuple(_version[:2])
    if now > tuple(remove) or (now == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha" % (name, where))
    warn(message.format(name=name, remove=where), DeprecationWarning, stacklevel=3)


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    """Installs the filters of the -W options (sys.warnoptions), the last one first in the
    list; an option that cannot be understood is reported and ignored."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, every field optional
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    # an action may be given by any prefix: -Wd, -Wi, -We ...
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


_processoptions(sys.warnoptions)
