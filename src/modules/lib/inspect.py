"""inspect (the commonly used subset): type predicates, getmembers, docs,
signatures (Signature / Parameter / BoundArguments) and getfullargspec.

Our own implementation following CPython 3.11's behaviour.  Signatures are
built from code objects (co_argcount, co_posonlyargcount, co_kwonlyargcount,
co_varnames, co_flags) plus __defaults__, __kwdefaults__ and __annotations__.
A builtin's signature is read from its __text_signature__ (ValueError when it
has none, as in CPython).  Frames have no f_back, so currentframe()/stack() are minimal.
"""

import sys
import types
import enum
import functools
import itertools
import collections
import keyword
import linecache

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'getmembers',
           'getmro', 'getdoc', 'cleandoc', 'getmodule', 'getfullargspec', 'unwrap',
           'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutinefunction', 'isabstract',
           'currentframe', 'FullArgSpec', 'get_annotations']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
TPFLAGS_IS_ABSTRACT = 1 << 20


# --- predicates -------------------------------------------------------------------
def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    # Here slot wrappers bound to an instance are 'method' objects whose __func__
    # is a wrapper_descriptor (CPython has a separate method-wrapper type).
    return (isinstance(object, types.MethodType) and
            not isinstance(object.__func__, (types.WrapperDescriptorType,
                                             types.MethodDescriptorType)))


def isfunction(object):
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    t = getattr(types, 'CoroutineType', None)
    return t is not None and isinstance(object, t)


def isasyncgen(object):
    t = getattr(types, 'AsyncGeneratorType', None)
    return t is not None and isinstance(object, t)


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return (isinstance(object, types.MethodType) and
            isinstance(object.__func__, types.WrapperDescriptorType))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


# --- members, mro, docs, modules -------------------------------------------------
def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """All (name, value) members of object, sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute if hasattr(
                            types, 'DynamicClassAttribute') else ()):
                        names.append(k)
        except AttributeError:
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Removes the common indentation of the lines after the first."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__ if obj.fget else None
        cls = _findclass(obj.fget) if obj.fget else None
        if cls is None or name is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj) or ismethoddescriptor(obj):
        name = getattr(obj, '__name__', None)
        self = getattr(obj, '__self__', None)
        cls = getattr(obj, '__objclass__', None) or (
            self if isclass(self) else type(self) if self is not None else None)
        if cls is None or name is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(getattr(func, '__module__', None))
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The cleaned documentation string of object, inherited if missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    name = getfile(object)
    return name if name.endswith('.py') else None


def _class_lineno(tree, qualname):
    # 0-based line of the class statement named by [qualname] (its first decorator
    # when it has some), searching nested classes and functions as the qualname says
    import ast
    path = qualname.split('.')

    def search(body, parts):
        for node in body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name != parts[0]:
                    continue
                if len(parts) == 1:
                    if isinstance(node, ast.ClassDef):
                        first = node.decorator_list[0].lineno if node.decorator_list \
                            else node.lineno
                        return first - 1
                    continue
                rest = parts[2:] if parts[1] == '<locals>' else parts[1:]
                if rest:
                    found = search(node.body, rest)
                    if found is not None:
                        return found
        return None

    return search(tree.body, path)


def getabsfile(object, _filename=None):
    """The absolute, case-normalised path of the file [object] was defined in."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def walktree(classes, children, parent):
    """The nested-list class tree below [classes] (see getclasstree)."""
    tree = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        tree.append((c, c.__bases__))
        if c in children:
            tree.append(walktree(children[c], children, c))
    return tree


def getclasstree(classes, unique=False):
    """Arrange [classes] into a tree of nested lists: each entry is (class, bases),
    followed by a list of the entries for its subclasses among [classes]. With
    [unique], a class appears under the first of its bases that is in [classes] only."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for base in c.__bases__:
            below = children.setdefault(base, [])
            if c not in below:
                below.append(c)
            if unique and base in classes:
                break
    for base in children:
        if base not in classes:
            roots.append(base)
    return walktree(roots, children, None)


def findsource(object):
    """(all lines of the file, 0-based first line of [object]'s source); OSError when
    the source cannot be found."""
    file = getsourcefile(object) or getfile(object)
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import ast
        try:
            tree = ast.parse(''.join(lines))
        except SyntaxError:
            tree = None
        lnum = _class_lineno(tree, object.__qualname__) if tree is not None else None
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        return lines, object.co_firstlineno - 1
    raise OSError('could not find code object')


def getblock(lines):
    """The lines of the block that starts at lines[0] (decorators included): up to the
    first non-blank line indented no deeper than its header."""
    start = 0
    first = lines[0] if lines else ''
    while first.lstrip().startswith('@') and start + 1 < len(lines):
        start += 1
        first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def getsourcelines(object):
    """(lines, first line number) of the source of a module, class, method, function,
    traceback, frame or code object (line number 0 for a whole module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    return ''.join(getsourcelines(object)[0])


def currentframe():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    return getframe(1)


Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple('_FrameInfo',
                                    'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = None
    index = None
    if context > 0:
        all_lines = linecache.getlines(filename)
        if all_lines:
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def getinnerframes(tb, context=1):
    """FrameInfo records for traceback [tb] and the tracebacks after it (innermost
    last)."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return frames


def trace(context=1):
    """FrameInfo records from the current frame to where the exception being handled
    was raised."""
    return getinnerframes(sys.exc_info()[2], context)


Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """Arguments(args, varargs, varkw) of code object [co]; keyword-only parameters
    are listed after the positional ones in args."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    args = list(names[:npos + nkw])
    at = npos + nkw
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[at]
        at += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[at]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of the call running in [frame]."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' for the values getargvalues() returned."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes."""
    f = func
    seen = {id(f): f}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        seen[key] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrapped = obj
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    del unwrapped
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# --- signatures --------------------------------------------------------------------
class _void:
    """Marker for 'argument not given' in replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new.append((name, val))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(top_kind.description,
                                                        kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default '
                                             'argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = collections.OrderedDict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo, self.return_annotation

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, frozenset(kwo.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        pending = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{arg!r} parameter is positional only, but was '
                                        'passed as a keyword'.format(arg=param.name))
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    pending = (param,)
                    break
                if partial:
                    pending = (param,)
                    break
                raise TypeError('missing a required argument: {arg!r}'.format(
                    arg=param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments')
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(
                        arg=param.name))
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in itertools.chain(pending, parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was '
                                    'passed as a keyword'.format(arg=param.name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        pos_only_pending = False
        need_star = True
        for param in self.parameters.values():
            text = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                result.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                result.append('*')
                need_star = False
            result.append(text)
        if pos_only_pending:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(getattr(obj, '__name__', None), str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False):
    is_duck = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_left = code.co_posonlyargcount
    positional = names[:pos_count]
    kwonly_count = code.co_kwonlyargcount
    keyword_only = names[pos_count:pos_count + kwonly_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    n_defaults = len(defaults) if defaults else 0
    first_default = pos_count - n_defaults
    params = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARARGS:
        name = names[pos_count + kwonly_count]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + kwonly_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck)


_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType,
                            types.MethodDescriptorType)


def _user_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    if ismethod(meth) and isinstance(meth.__func__, _NonUserDefinedCallables):
        return None
    return meth


def _signature_from_partial(wrapped_sig, partial, extra_args=()):
    old_params = wrapped_sig.parameters
    new_params = collections.OrderedDict(old_params.items())
    p_args = partial.args or ()
    p_kwargs = partial.keywords or {}
    if extra_args:
        p_args = extra_args + p_args
    try:
        ba = wrapped_sig.bind_partial(*p_args, **p_kwargs)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(
            partial)) from ex
    to_kwonly = False
    for name, param in old_params.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in p_kwargs:
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_default(obj, node):
    """The value of default [node] of a text signature: a literal, or a dotted name found
    in the globals of obj's module or among the loaded modules ('sys.maxsize')."""
    import ast
    path = []
    while isinstance(node, ast.Attribute):
        path.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        if path:
            raise ValueError(node)
        return ast.literal_eval(node)
    path.append(node.id)
    path.reverse()
    module_name = getattr(obj, '__module__', None)
    if module_name is None:
        module_name = getattr(getattr(obj, '__objclass__', None), '__module__', None)
    module = sys.modules.get(module_name)
    names = module.__dict__ if module is not None else {}
    if path[0] in names:
        value = names[path[0]]
    elif path[0] in sys.modules:
        value = sys.modules[path[0]]
    else:
        raise ValueError(path[0])
    for attr in path[1:]:
        value = getattr(value, attr)
    if not isinstance(value, (str, int, float, bytes, bool, type(None))):
        raise ValueError(value)
    return value


def _signature_from_builtin(cls, obj, skip_bound_arg=True):
    """The Signature of a builtin from its __text_signature__ ('($module, obj, /)'): a
    parameter list in Python syntax whose first parameter, marked '$', is the module,
    the instance or the class; it is left out when [obj] is bound to it."""
    import ast
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    marked = text.startswith('($')
    if marked:
        text = '(' + text[2:]
    try:
        args = ast.parse('def f' + text + ': pass').body[0].args
        positional = [(a, _POSITIONAL_ONLY) for a in args.posonlyargs]
        positional += [(a, _POSITIONAL_OR_KEYWORD) for a in args.args]
        first_default = len(positional) - len(args.defaults)
        params = []
        for i, (a, kind) in enumerate(positional):
            default = _empty
            if i >= first_default:
                default = _signature_default(obj, args.defaults[i - first_default])
            params.append(Parameter(a.arg, kind, default=default))
        if args.vararg:
            params.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            default = _empty if d is None else _signature_default(obj, d)
            params.append(Parameter(a.arg, _KEYWORD_ONLY, default=default))
        if args.kwarg:
            params.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    except (SyntaxError, ValueError, AttributeError):
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    if marked and params:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: (hasattr(f, "__signature__")
                                          or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(recurse(obj.func), obj)
    if isbuiltin(obj) or isinstance(obj, _NonUserDefinedCallables):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    sig = None
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            factory = None
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = recurse(factory)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls([])
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    posonly = []
    varargs = varkw = None
    kwonly = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonly.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonly + args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, annotations)


# ---- generator and coroutine states ----

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Current state of a generator-iterator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED
    or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator (a new dict; empty once it finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Current state of a coroutine object: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED
    or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine (a new dict; empty once it finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---- static attribute lookup, call arguments, closure variables ----

_NOTFOUND = object()


def _dict_of(obj):
    # obj's own __dict__ without running any descriptor or __getattr__
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return None


def _class_lookup(klass, attr):
    # attr in the __dict__ of the first class along klass's MRO that has it
    for base in type.__dict__['__mro__'].__get__(klass):
        d = type.__dict__['__dict__'].__get__(base)
        if attr in d:
            return d[attr]
    return _NOTFOUND


def getattr_static(obj, attr, default=_NOTFOUND):
    """Retrieve attributes without triggering dynamic lookup via the
       descriptor protocol,  __getattr__ or __getattribute__.
    """
    is_type = isinstance(obj, type)
    klass = obj if is_type else type(obj)
    found = _NOTFOUND
    if not is_type:
        d = _dict_of(obj)
        if isinstance(d, dict) and attr in d:
            found = d[attr]
    in_class = _class_lookup(klass, attr)
    if found is not _NOTFOUND and in_class is not _NOTFOUND:
        # a data descriptor of the class wins over the instance dict
        kind = type(in_class)
        if (_class_lookup(kind, '__get__') is not _NOTFOUND and
                (_class_lookup(kind, '__set__') is not _NOTFOUND or
                 _class_lookup(kind, '__delete__') is not _NOTFOUND)):
            return in_class
    if found is not _NOTFOUND:
        return found
    if in_class is not _NOTFOUND:
        return in_class
    if is_type:
        meta = _class_lookup(type(obj), attr)
        if meta is not _NOTFOUND:
            return meta
    if default is not _NOTFOUND:
        return default
    raise AttributeError(attr)


def _missing_error(fname, names, kind):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        text = quoted[0]
    elif len(quoted) == 2:
        text = '{} and {}'.format(*quoted)
    else:
        # getcallargs words it without the serial comma (unlike the interpreter's error)
        text = ', '.join(quoted[:-1]) + ' and ' + quoted[-1]
    return TypeError("%s() missing %d required %s argument%s: %s" %
                     (fname, len(names), kind, '' if len(names) == 1 else 's', text))


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values.

    A dict is returned, with keys the function argument names (including the
    names of the * and ** arguments, if any), and values the respective bound
    values from 'positional' and 'named'."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    fname = func.__name__
    result = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    npos = len(args)
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[npos:])
    if varkw:
        result[varkw] = {}
    for key, value in named.items():
        if key in args or key in kwonlyargs:
            if key in result:
                raise TypeError("%s() got multiple values for argument %r" % (fname, key))
            result[key] = value
        elif varkw:
            result[varkw][key] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument %r" % (fname, key))
    if given > npos and not varargs:
        ndef = len(defaults) if defaults else 0
        kwgiven = sum(1 for k in named if k in kwonlyargs)
        takes = ('from %d to %d' % (npos - ndef, npos)) if ndef else str(npos)
        extra = (' positional argument%s (and %d keyword-only argument%s)' %
                 ('s' if given != 1 else '', kwgiven, 's' if kwgiven != 1 else '')) if kwgiven else ''
        raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                        (fname, takes, '' if takes == '1' else 's', given,
                         extra, 'was' if given == 1 and not kwgiven else 'were'))
    nreq = npos - (len(defaults) if defaults else 0)
    missing = [a for a in args[:nreq] if a not in result]
    if missing:
        raise _missing_error(fname, missing, 'positional')
    for i, name in enumerate(args[nreq:]):
        if name not in result:
            result[name] = defaults[i]
    missing = []
    for name in kwonlyargs:
        if name not in result:
            if kwonlydefaults and name in kwonlydefaults:
                result[name] = kwonlydefaults[name]
            else:
                missing.append(name)
    if missing:
        raise _missing_error(fname, missing, 'keyword-only')
    return result


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """
    Get the mapping of free variables to their current values.

    Returns a named tuple of dicts mapping the current nonlocal, global
    and builtin references as seen by the body of the function. A final
    set of unbound names that could not be resolved is also provided.
    """
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {}
    for name, cell in zip(code.co_freevars, func.__closure__ or ()):
        try:
            nonlocal_vars[name] = cell.cell_contents
        except ValueError:
            pass
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()

    def names_of(c):
        for n in c.co_names:
            yield n
        for const in c.co_consts:
            if iscode(const):
                yield from names_of(const)

    for name in names_of(code):
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def getmodulename(path):
    """Return the module name for a given file, or None."""
    import os
    name = os.path.basename(path)
    for suffix in sorted(('.py', '.pyc', '.so', '.abi3.so', '.cpython-311-x86_64-linux-gnu.so'),
                         key=len, reverse=True):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None
