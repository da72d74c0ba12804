"""pydoc: plain-text help for objects (our own small version).

help(obj) prints what CPython's pydoc prints for the common cases in plain text (no
pager, no bold): functions and methods with their signature and docstring, classes with
their own methods, data descriptors and data attributes, modules with their description,
classes, functions and data. help() without an argument prints a short note (there is no
interactive help utility); help('name') looks the name up as a module, a builtin or a
dotted path.
"""

import sys
import builtins
import inspect

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'locate', 'plain']

_RULE = '-' * 70


def getdoc(obj):
    doc = inspect.getdoc(obj)
    return doc if isinstance(doc, str) else ''


def plain(text):
    return text


def describe(thing):
    if inspect.ismodule(thing):
        if getattr(thing, '__path__', None) is not None:
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def _signature(obj, name):
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError):
        sig = '(...)'
    return name + sig


def _routine(obj, name=None, prefix=''):
    realname = getattr(obj, '__name__', name)
    title = _signature(obj, realname if name is None else name)
    if name is not None and realname != name and realname:
        title = name + ' = ' + _signature(obj, realname)
    doc = getdoc(obj)
    lines = [prefix + title]
    if doc:
        lines.extend(prefix + ('    ' + line if line else '    ') for line in doc.split('\n'))
    return lines


def _classname(cls, modname):
    mod = getattr(cls, '__module__', None)
    if mod in (modname, None):
        return cls.__qualname__
    return mod + '.' + cls.__qualname__


def _owndoc(obj):
    try:
        doc = obj.__dict__.get('__doc__')
    except AttributeError:
        doc = None
    return inspect.cleandoc(doc) if isinstance(doc, str) else ''


_SPECIAL_DESCR = {'__dict__': 'dictionary for instance variables (if defined)',
                  '__weakref__': 'list of weak references to the object (if defined)'}


def _sections(cls, ns, where, seen):
    """The Methods / Class methods / Static methods / properties / Data parts of one
    class namespace."""
    groups = {'m': [], 'c': [], 's': [], 'r': [], 'd': [], 'a': []}
    for key in sorted(ns):
        if key in ('__doc__', '__module__', '__qualname__', '__annotations__') or key in seen:
            continue
        seen.add(key)
        value = ns[key]
        if isinstance(value, classmethod):
            groups['c'].append((key, value))
        elif isinstance(value, staticmethod):
            groups['s'].append((key, value.__func__))
        elif inspect.isroutine(value):
            groups['m'].append((key, value))
        elif isinstance(value, property) and value.fset is None and value.fdel is None:
            groups['r'].append((key, value))
        elif isinstance(value, property) or inspect.isdatadescriptor(value):
            groups['d'].append((key, value))
        else:
            groups['a'].append((key, value))
    sections = []
    for kind, label in (('m', 'Methods'), ('c', 'Class methods'), ('s', 'Static methods'),
                        ('r', 'Readonly properties'), ('d', 'Data descriptors'),
                        ('a', 'Data and other attributes')):
        items = groups[kind]
        if not items:
            continue
        part = ['%s %s:' % (label, where), '']
        for key, value in items:
            if kind == 'c':
                bound = value.__get__(None, cls)
                lines = _routine(bound, key)
                lines[0] += ' from ' + _classname(type(cls), None)
                part.extend(lines)
            elif kind in 'ms':
                part.extend(_routine(value, key))
            elif kind in 'rd':
                part.append(key)
                d = _SPECIAL_DESCR.get(key, '') if key.startswith('__') else getdoc(value)
                if d:
                    part.extend('    ' + line for line in d.split('\n'))
            else:
                part.append(key + ' = ' + repr(value))
            part.append('')
        sections.append(part)
    return sections


def _class(cls, name=None):
    modname = cls.__module__
    title = 'class ' + (name or cls.__name__)
    bases = cls.__bases__
    if bases:
        title += '(' + ', '.join(_classname(b, modname) for b in bases) + ')'
    out = [title]
    bar = ' |  '
    doc = _owndoc(cls)
    body = []
    try:
        argspec = str(inspect.signature(cls))
    except (ValueError, TypeError):
        argspec = ''
    if argspec and argspec != '()':
        body.append((name or cls.__name__) + argspec)
        body.append('')
    if doc:
        body.extend(doc.split('\n'))
        body.append('')
    mro = cls.__mro__
    if len(mro) > 2:
        body.append('Method resolution order:')
        body.extend('    ' + _classname(c, modname) for c in mro)
        body.append('')
    seen = set()
    sections = _sections(cls, cls.__dict__, 'defined here', seen)
    for base in mro[1:]:
        if base is object:
            continue
        sections.extend(_sections(base, base.__dict__, 'inherited from ' + _classname(base, modname), seen))
    for i, part in enumerate(sections):
        if i:
            body.append(_RULE)
        body.extend(part)
    while body and body[-1] == '':
        body.pop()
    out.extend((bar + line).rstrip() if line else bar for line in body)
    return out


def _module(mod):
    out = ['NAME']
    doc = getdoc(mod)
    first, _, rest = doc.partition('\n')
    out.append('    ' + mod.__name__ + (' - ' + first if first else ''))
    out.append('')
    rest = rest.strip('\n')
    if rest:
        out.append('DESCRIPTION')
        out.extend(('    ' + line) if line else '' for line in rest.split('\n'))
        out.append('')
    public = getattr(mod, '__all__', None)
    names = sorted(k for k in vars(mod) if not k.startswith('_') and (public is None or k in public))
    classes = [k for k in names if inspect.isclass(vars(mod)[k])
               and getattr(vars(mod)[k], '__module__', None) == mod.__name__]
    funcs = [k for k in names if inspect.isroutine(vars(mod)[k])
             and (public is not None or getattr(vars(mod)[k], '__module__', mod.__name__) == mod.__name__)]
    data = [k for k in names if k not in classes and k not in funcs
            and not inspect.ismodule(vars(mod)[k]) and not inspect.isclass(vars(mod)[k])]
    if classes:
        out.append('CLASSES')
        for k in classes:
            out.extend('    ' + line if line else '' for line in _class(vars(mod)[k]))
            out.append('')
    if funcs:
        out.append('FUNCTIONS')
        for k in funcs:
            out.extend('    ' + line if line else '' for line in _routine(vars(mod)[k], k))
            out.append('')
    if data:
        out.append('DATA')
        for k in data:
            out.append('    ' + k + ' = ' + repr(vars(mod)[k]))
        out.append('')
    if getattr(mod, '__file__', None):
        out.append('FILE')
        out.append('    ' + mod.__file__)
        out.append('')
    return out


def locate(path, forceload=0):
    parts = [p for p in path.split('.') if p]
    obj = None
    n = 0
    while n < len(parts):
        try:
            obj = __import__('.'.join(parts[:n + 1]))
            for p in parts[1:n + 1]:
                obj = getattr(obj, p)
            n += 1
        except ImportError:
            break
    if n:
        obj = __import__('.'.join(parts[:n]))
        for p in parts[1:]:
            try:
                obj = getattr(obj, p)
            except AttributeError:
                return None
        return obj
    if parts and hasattr(builtins, parts[0]):
        obj = getattr(builtins, parts[0])
        for p in parts[1:]:
            try:
                obj = getattr(obj, p)
            except AttributeError:
                return None
        return obj
    return None


class ErrorDuringImport(Exception):
    pass


def render_doc(thing, title='Python Library Documentation: %s', forceload=0):
    if isinstance(thing, str):
        obj = locate(thing)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        name = thing.rpartition('.')[2]
        thing = obj
    else:
        name = getattr(thing, '__name__', None)
    desc = describe(thing)
    module = inspect.getmodule(thing) if not inspect.ismodule(thing) else None
    if module and module is not thing and desc.split()[0] in ('function', 'class', 'built-in', 'method'):
        desc += ' in module ' + module.__name__
    plain_obj = not (inspect.ismodule(thing) or inspect.isclass(thing) or inspect.isroutine(thing)
                     or isinstance(thing, property))
    if plain_obj:
        mod = type(thing).__module__
        desc = type(thing).__name__ + ('' if mod == 'builtins' else ' in module ' + mod) + ' object'
        thing = type(thing)
        name = thing.__name__
    if inspect.ismodule(thing):
        lines = _module(thing)
    elif inspect.isclass(thing):
        lines = _class(thing, name)
    elif inspect.isroutine(thing):
        lines = _routine(thing)
        bound_to = getattr(thing, '__self__', None)
        if bound_to is not None and not inspect.ismodule(bound_to):
            lines[0] += ' method of %s instance' % _classname(type(bound_to), None)
    else:
        lines = [name or '', ''] + ['    ' + line for line in getdoc(thing).split('\n')]
    return (title % desc) + '\n\n' + '\n'.join(lines) + '\n'


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    try:
        text = render_doc(thing, title, forceload)
    except ImportError as e:
        print(e)
        return False
    (output or sys.stdout).write(text)
    return True


class Helper:
    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=None):
        if request is None:
            sys.stdout.write('\nsafepy has no interactive help utility; use help(object) '
                             'for help about object.\n\n')
            return
        if doc(request, 'Help on %s:'):
            print()


help = Helper()
