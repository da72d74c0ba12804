"""ast: Python syntax trees as objects (our own implementation over the C module _ast).

The node classes (AST, expr, BinOp, ...) and the PyCF_* flags come from _ast; parse()
is compile() with PyCF_ONLY_AST. The helpers here walk, print, copy positions and
evaluate literals on those trees and write them back as source (unparse) as CPython
3.11's ast module does: dump()'s and unparse()'s texts are CPython's byte for byte. The
deprecated Num/Str/Bytes/NameConstant/Ellipsis/Index/ExtSlice classes are kept. Not
provided: the command line.
"""

from _ast import *

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """The syntax tree of source (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
    else:
        minor = feature_version
    return compile(source, filename, mode, flags, _feature_version=minor)


# ---- reading trees ----

def iter_fields(node):
    """Yields (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yields the direct child nodes of node: fields that are nodes or lists of nodes."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yields node and every node below it, breadth first (order unspecified)."""
    pending = [node]
    i = 0
    while i < len(pending):
        current = pending[i]
        i += 1
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Calls self.visit_<ClassName>(node) for each node visited; generic_visit (the
    default) visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        name = _alias_name(node.value)
        visitor = getattr(self, 'visit_' + name, None) if name else None
        if visitor is None:
            return self.generic_visit(node)
        import warnings
        warnings.warn('visit_%s is deprecated; add visit_Constant' % name,
                      DeprecationWarning, 2)
        return visitor(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node visited:
    None removes it, a list (in a list field) splices several nodes in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---- dump ----

def _class_default_none(node, name):
    # an optional field (or end position) left at its class default None is not shown
    return getattr(type(node), name, ...) is None


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate = annotate_fields
        self.attributes = include_attributes
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def separators(self, level):
        if self.indent is None:
            return '', ', '
        pad = self.indent * level
        return '\n' + pad, ',\n' + pad

    def text(self, value, level):
        """(text, simple) of a field value [level] deep; simple when value prints as a
        node without arguments or a scalar: a node whose parts are all simple (three at
        most) stays on one line."""
        level += 1
        if isinstance(value, AST):
            return self.node(value, level)
        if isinstance(value, list):
            if not value:
                return '[]', True
            first, sep = self.separators(level)
            return '[' + first + sep.join(self.text(v, level)[0] for v in value) + ']', False
        return repr(value), True

    def node(self, node, level):
        parts = []
        simple = True
        named = self.annotate
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if value is None and _class_default_none(node, name):
                named = True
                continue
            text, part_simple = self.text(value, level)
            simple = simple and part_simple
            parts.append(name + '=' + text if named else text)
        if self.attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and _class_default_none(node, name):
                    continue
                text, part_simple = self.text(value, level)
                simple = simple and part_simple
                parts.append(name + '=' + text)
        cls = node.__class__.__name__
        if simple and len(parts) <= 3:
            return cls + '(' + ', '.join(parts) + ')', not parts
        first, sep = self.separators(level)
        return cls + '(' + first + sep.join(parts) + ')', False


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree below node as text (CPython's format): field names unless
    annotate_fields is false (where unambiguous), positions when include_attributes,
    one field per line indented by indent (spaces, or the str itself) when given."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return _Dumper(annotate_fields, include_attributes, indent).text(node, 0)[0]


# ---- positions ----

def copy_location(new_node, old_node):
    """Copies the positions of old_node to new_node (where both have them); new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # an end position explicitly None is copied too
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node below node that lacks a position its parent's; node."""
    stack = [(node, 1, 0, 1, 0)]
    while stack:
        current, line, col, end_line, end_col = stack.pop()
        attrs = current._attributes
        if 'lineno' in attrs:
            if hasattr(current, 'lineno'):
                line = current.lineno
            else:
                current.lineno = line
        if 'end_lineno' in attrs:
            if getattr(current, 'end_lineno', None) is None:
                current.end_lineno = end_line
            else:
                end_line = current.end_lineno
        if 'col_offset' in attrs:
            if hasattr(current, 'col_offset'):
                col = current.col_offset
            else:
                current.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(current, 'end_col_offset', None) is None:
                current.end_col_offset = end_col
            else:
                end_col = current.end_col_offset
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            stack.append((child, line, col, end_line, end_col))
    return node


def increment_lineno(node, n=1):
    """Adds n to the line numbers of node and every node below it; node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


# ---- source ----

def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None when it has none),
    cleaned of indentation as inspect.cleandoc does unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    value = body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines(source):
    # source split after each \r\n, \n or \r only (str.splitlines also splits at \f,
    # \v and others, which do not end lines for the tokenizer)
    lines = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source node was parsed from (None without positions); with padded,
    the first line of a multi-line segment is indented to the node's column."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[col:end_col].decode()
    head = lines[first_line].encode()
    pad = ''
    if padded:
        # tabs and form feeds are kept so the columns line up as in the source
        pad = ''.join(c if c in '\f\t' else ' ' for c in head[:col].decode())
    out = [pad + head[col:].decode()]
    out.extend(lines[first_line + 1:last_line])
    out.append(lines[last_line].encode()[:end_col].decode())
    return ''.join(out)


# ---- literal_eval ----

def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = ' on line %d' % line if line else ''
    raise ValueError('malformed node or string%s: %r' % (where, node))


def _number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _signed_number(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return set(_literal(e) for e in node.elts)
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set' and
            not node.args and not node.keywords):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        keys = [_literal(k) for k in node.keys]
        values = [_literal(v) for v in node.values]
        return dict(zip(keys, values))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # only a complex literal written as real +/- imaginary
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _signed_number(node)


def literal_eval(node_or_string):
    """The value of a str (or expression node) holding only literals: strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


# ---- deprecated node classes (kept by CPython 3.11 for old code) ----
#
# Num, Str, Bytes, NameConstant and Ellipsis build Constant nodes, and isinstance()
# with them tests the type of a Constant's value; Constant.n / .s are its value.

def _value_alias_get(self):
    """Deprecated. Use value instead."""
    return self.value


def _value_alias_set(self, value):
    self.value = value


Constant.n = property(_value_alias_get, _value_alias_set)
Constant.s = property(_value_alias_get, _value_alias_set)


class _ConstantAlias(type):
    """The metaclass of the deprecated Constant aliases."""

    def __init__(cls, *args):
        cls.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        accepted = _ALIAS_VALUE_TYPES.get(cls)
        if accepted is None:
            # a subclass of an alias: an ordinary class test
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, accepted)


def _alias_new(cls, *args, **kwargs):
    fields = cls._fields
    for name in kwargs:
        if name in fields and fields.index(name) < len(args):
            raise TypeError('%s got multiple values for argument %r' % (cls.__name__, name))
    if cls in _ALIAS_VALUE_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ConstantAlias):
    _fields = ('n',)
    __new__ = _alias_new


class Str(Constant, metaclass=_ConstantAlias):
    _fields = ('s',)
    __new__ = _alias_new


class Bytes(Constant, metaclass=_ConstantAlias):
    _fields = ('s',)
    __new__ = _alias_new


class NameConstant(Constant, metaclass=_ConstantAlias):
    __new__ = _alias_new


class Ellipsis(Constant, metaclass=_ConstantAlias):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_ALIAS_VALUE_TYPES = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                      NameConstant: (type(None), bool), Ellipsis: (type(...),)}

# the deprecated visit_<alias> method NodeVisitor.visit_Constant falls back on; bool
# before int (bool is an int)
_ALIAS_NAMES = ((bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'),
                (float, 'Num'), (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'),
                (type(...), 'Ellipsis'))


def _alias_name(value):
    for kind, name in _ALIAS_NAMES:
        if type(value) is kind:
            return name
    for kind, name in _ALIAS_NAMES:
        if isinstance(value, kind):
            return name
    return None


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_get(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_set(self, value):
    self.elts = value


Tuple.dims = property(_dims_get, _dims_set)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---- unparse ----
#
# Binding strengths, loosest first (the numbering of CPython's ast._Precedence, which
# test_ast compares): an expression is parenthesised when the place it is written in
# requires a tighter level than its own. Every writer below gets that required level.

(_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT,
 _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM) = range(1, 19)
_BOR = _EXPR

_PRECEDENCE_NAMES = ('NAMED_EXPR', 'TUPLE', 'YIELD', 'TEST', 'OR', 'AND', 'NOT', 'CMP',
                     'EXPR', 'BXOR', 'BAND', 'SHIFT', 'ARITH', 'TERM', 'FACTOR', 'POWER',
                     'AWAIT', 'ATOM')


def _precedence_enum():
    """ast._Precedence, the levels above as an IntEnum (made on first use: importing
    enum is not free)."""
    import enum

    def next(self):
        try:
            return self.__class__(self + 1)
        except ValueError:
            return self

    namespace = {'__doc__': 'Precedence table that originated from python grammar.',
                 'next': next}
    for value, name in enumerate(_PRECEDENCE_NAMES, 1):
        namespace[name] = value
        if name == 'EXPR':
            namespace['BOR'] = value
    return enum._simple_enum(enum.IntEnum)(type('_Precedence', (), namespace))


def __getattr__(name):
    if name == '_Precedence':
        globals()[name] = _precedence_enum()
        return globals()[name]
    raise AttributeError('module %r has no attribute %r' % (__name__, name))


def _tighter(level):
    return level + 1 if level < _ATOM else level


# what float('inf') reads back from: a decimal literal one past the largest exponent
_INFSTR = '1e%d' % (__import__('sys').float_info.max_10_exp + 1)

_ONE_LINE_QUOTES = ("'", '"')
_BLOCK_QUOTES = ('"""', "'''")
_ANY_QUOTE = _ONE_LINE_QUOTES + _BLOCK_QUOTES

_BINOPS = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM),
           'MatMult': ('@', _TERM), 'Div': ('/', _TERM), 'Mod': ('%', _TERM),
           'FloorDiv': ('//', _TERM), 'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT),
           'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND),
           'Pow': ('**', _POWER)}
_UNARYOPS = {'Invert': ('~', _FACTOR), 'Not': ('not ', _NOT), 'UAdd': ('+', _FACTOR),
             'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': (' and ', _AND), 'Or': (' or ', _OR)}


def _escape_char(c, escape_newlines):
    if c == '\\' or (not c.isprintable() and (escape_newlines or c not in '\n\t')):
        return c.encode('unicode_escape').decode('ascii')
    return c


def _quoted_body(text, quotes=_ANY_QUOTE, escape_newlines=False):
    """The body of a literal for text with as few backslashes as possible, and the
    quotes (in order of preference, from those offered) that can enclose it."""
    body = ''.join([_escape_char(c, escape_newlines) for c in text])
    usable = [q for q in quotes if q not in body and ('\n' not in body or len(q) == 3)]
    if not usable:
        # every offered quote occurs: repr's escaping, with an offered quote if one
        # is made of repr's quote character
        text = repr(text)
        for q in quotes:
            if text[0] in q:
                return text[1:-1], [q]
        return text[1:-1], [text[0]]
    if body:
        last = body[-1]
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            # only a triple quote is left and the body ends with its character
            body = body[:-1] + '\\' + last
    return body, usable


def _quoted(text, quotes=_ANY_QUOTE):
    body, usable = _quoted_body(text, quotes)
    return usable[0] + body + usable[0]


def _docstring_node(node):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        return None
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if isinstance(value, Constant) and isinstance(value.value, str):
        return value
    return None


class _Unparser:
    """Writes source text for a tree, node by node, into self.out. Expression writers
    take the binding level their context requires; statement writers ignore it."""

    def __init__(self, in_fstring=False):
        self.out = []
        self.indent = 0
        self.type_ignores = {}
        self.in_try_star = False
        # inside an f-string's replacement field: no backslash may be written
        self.in_fstring = in_fstring

    def text(self, node, level=_TEST):
        self.out = []
        self.node(node, level)
        return ''.join(self.out)

    def line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.indent + text)

    def node(self, node, level=_TEST):
        if isinstance(node, list):
            for item in node:
                self.node(item, level)
            return
        writer = getattr(self, '_' + type(node).__name__, None)
        if writer is not None:
            writer(node, level)
            return
        # a node with no text of its own (Interactive, an operator): CPython's
        # generic visit, where each child restarts the output
        for child in iter_child_nodes(node):
            self.text(child)

    def nodes(self, items, level=_TEST, sep=', '):
        for i, item in enumerate(items):
            if i:
                self.out.append(sep)
            self.node(item, level)

    def optional(self, sep, node):
        """sep and node, when the node is there (None writes nothing)."""
        if node:
            self.out.append(sep)
            self.node(node)

    def items(self, items, write):
        """A tuple's items: one item takes a trailing comma."""
        if len(items) == 1:
            write(items[0])
            self.out.append(',')
        else:
            for i, item in enumerate(items):
                if i:
                    self.out.append(', ')
                write(item)

    def open_paren(self, needed):
        if needed:
            self.out.append('(')
        return needed

    def close_paren(self, opened):
        if opened:
            self.out.append(')')

    def block(self, body, extra=None):
        self.out.append(':')
        if extra:
            self.out.append(extra)
        self.indent += 1
        self.node(body)
        self.indent -= 1

    def type_comment(self, node):
        comment = self.type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: ' + comment
        return None

    def body_with_docstring(self, node):
        doc = _docstring_node(node)
        if doc is None:
            self.node(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.out.append('u')
        self.out.append(_quoted(doc.value, _BLOCK_QUOTES))
        self.node(node.body[1:])

    # -- modules and statements --

    def _Module(self, node, level):
        self.type_ignores = {t.lineno: 'ignore' + t.tag for t in node.type_ignores}
        self.body_with_docstring(node)
        self.type_ignores = {}

    def _Expression(self, node, level):
        self.node(node.body)

    def _FunctionType(self, node, level):
        self.out.append('(')
        self.nodes(node.argtypes)
        self.out.append(') -> ')
        self.node(node.returns)

    def _Expr(self, node, level):
        self.line()
        self.node(node.value, _YIELD)

    def _Import(self, node, level):
        self.line('import ')
        self.nodes(node.names)

    def _ImportFrom(self, node, level):
        self.line('from ' + '.' * (node.level or 0))
        if node.module:
            self.out.append(node.module)
        self.out.append(' import ')
        self.nodes(node.names)

    def _alias(self, node, level):
        self.out.append(node.name)
        if node.asname:
            self.out.append(' as ' + node.asname)

    def _Assign(self, node, level):
        self.line()
        for target in node.targets:
            self.node(target, _TUPLE)
            self.out.append(' = ')
        self.node(node.value)
        comment = self.type_comment(node)
        if comment:
            self.out.append(comment)

    def _AugAssign(self, node, level):
        self.line()
        self.node(node.target)
        self.out.append(' %s= ' % _BINOPS[type(node.op).__name__][0])
        self.node(node.value)

    def _AnnAssign(self, node, level):
        self.line()
        opened = self.open_paren(not node.simple and isinstance(node.target, Name))
        self.node(node.target)
        self.close_paren(opened)
        self.out.append(': ')
        self.node(node.annotation)
        self.optional(' = ', node.value)

    def keyword_statement(self, word, value):
        self.line(word)
        self.optional(' ', value)

    def _Return(self, node, level):
        self.keyword_statement('return', node.value)

    def _Pass(self, node, level):
        self.line('pass')

    def _Break(self, node, level):
        self.line('break')

    def _Continue(self, node, level):
        self.line('continue')

    def _Delete(self, node, level):
        self.line('del ')
        self.nodes(node.targets)

    def _Assert(self, node, level):
        self.line('assert ')
        self.node(node.test)
        self.optional(', ', node.msg)

    def _Global(self, node, level):
        self.line('global ' + ', '.join(node.names))

    def _Nonlocal(self, node, level):
        self.line('nonlocal ' + ', '.join(node.names))

    def _Raise(self, node, level):
        if not node.exc and node.cause:
            self.line('raise')
            raise ValueError("Node can't use cause without an exception.")
        self.keyword_statement('raise', node.exc)
        if node.exc and node.cause:
            self.out.append(' from ')
            self.node(node.cause)

    def try_statement(self, node, star):
        outer = self.in_try_star
        self.in_try_star = star
        try:
            self.line('try')
            self.block(node.body)
            self.node(node.handlers)
            self.else_block(node.orelse)
            if node.finalbody:
                self.line('finally')
                self.block(node.finalbody)
        finally:
            self.in_try_star = outer

    def _Try(self, node, level):
        self.try_statement(node, False)

    def _TryStar(self, node, level):
        self.try_statement(node, True)

    def _ExceptHandler(self, node, level):
        self.line('except*' if self.in_try_star else 'except')
        self.optional(' ', node.type)
        if node.name:
            self.out.append(' as ' + node.name)
        self.block(node.body)

    def else_block(self, orelse):
        if orelse:
            self.line('else')
            self.block(orelse)

    def decorators(self, node):
        if self.out:
            self.out.append('\n')
        for decorator in node.decorator_list:
            self.line('@')
            self.node(decorator)

    def _ClassDef(self, node, level):
        self.decorators(node)
        self.line('class ' + node.name)
        opened = self.open_paren(bool(node.bases or node.keywords))
        self.nodes(node.bases + node.keywords)
        self.close_paren(opened)
        self.out.append(':')
        self.indent += 1
        self.body_with_docstring(node)
        self.indent -= 1

    def function(self, node, word):
        self.decorators(node)
        self.line(word + ' ' + node.name + '(')
        self.node(node.args)
        self.out.append(')')
        self.optional(' -> ', node.returns)
        self.out.append(':')
        comment = self.type_comment(node)
        if comment:
            self.out.append(comment)
        self.indent += 1
        self.body_with_docstring(node)
        self.indent -= 1

    def _FunctionDef(self, node, level):
        self.function(node, 'def')

    def _AsyncFunctionDef(self, node, level):
        self.function(node, 'async def')

    def for_statement(self, node, word):
        self.line(word)
        self.node(node.target, _TUPLE)
        self.out.append(' in ')
        self.node(node.iter)
        self.block(node.body, self.type_comment(node))
        self.else_block(node.orelse)

    def _For(self, node, level):
        self.for_statement(node, 'for ')

    def _AsyncFor(self, node, level):
        self.for_statement(node, 'async for ')

    def _If(self, node, level):
        word = 'if '
        while True:
            self.line(word)
            self.node(node.test)
            self.block(node.body)
            # an else holding only an if is written as elif
            if len(node.orelse) != 1 or not isinstance(node.orelse[0], If):
                break
            node = node.orelse[0]
            word = 'elif '
        self.else_block(node.orelse)

    def _While(self, node, level):
        self.line('while ')
        self.node(node.test)
        self.block(node.body)
        self.else_block(node.orelse)

    def with_statement(self, node, word):
        self.line(word)
        self.nodes(node.items)
        self.block(node.body, self.type_comment(node))

    def _With(self, node, level):
        self.with_statement(node, 'with ')

    def _AsyncWith(self, node, level):
        self.with_statement(node, 'async with ')

    def _withitem(self, node, level):
        self.node(node.context_expr)
        self.optional(' as ', node.optional_vars)

    def _Match(self, node, level):
        self.line('match ')
        self.node(node.subject)
        self.block(node.cases)

    def _match_case(self, node, level):
        self.line('case ')
        self.node(node.pattern)
        self.optional(' if ', node.guard)
        self.block(node.body)

    # -- patterns --

    def _MatchValue(self, node, level):
        self.node(node.value)

    def _MatchSingleton(self, node, level):
        self.constant(node.value)

    def _MatchSequence(self, node, level):
        self.out.append('[')
        self.nodes(node.patterns)
        self.out.append(']')

    def _MatchStar(self, node, level):
        self.out.append('*' + ('_' if node.name is None else node.name))

    def pairs(self, pairs, sep):
        for i, (key, pattern) in enumerate(pairs):
            if i:
                self.out.append(', ')
            if isinstance(key, str):
                self.out.append(key)
            else:
                self.node(key)
            self.out.append(sep)
            self.node(pattern)

    def _MatchMapping(self, node, level):
        self.out.append('{')
        self.pairs(zip(node.keys, node.patterns, strict=True), ': ')
        if node.rest is not None:
            if node.keys:
                self.out.append(', ')
            self.out.append('**' + node.rest)
        self.out.append('}')

    def _MatchClass(self, node, level):
        self.node(node.cls, _ATOM)
        self.out.append('(')
        self.nodes(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.out.append(', ')
            self.pairs(zip(node.kwd_attrs, node.kwd_patterns, strict=True), '=')
        self.out.append(')')

    def _MatchAs(self, node, level):
        if node.name is None:
            self.out.append('_')
        elif node.pattern is None:
            self.out.append(node.name)
        else:
            opened = self.open_paren(level > _TEST)
            self.node(node.pattern, _BOR)
            self.out.append(' as ' + node.name)
            self.close_paren(opened)

    def _MatchOr(self, node, level):
        opened = self.open_paren(level > _BOR)
        self.nodes(node.patterns, _tighter(_BOR), ' | ')
        self.close_paren(opened)

    # -- expressions --

    def _NamedExpr(self, node, level):
        opened = self.open_paren(level > _NAMED_EXPR)
        self.node(node.target, _ATOM)
        self.out.append(' := ')
        self.node(node.value, _ATOM)
        self.close_paren(opened)

    def prefixed(self, node, level, own, word):
        opened = self.open_paren(level > own)
        self.out.append(word)
        if node.value:
            self.out.append(' ')
            self.node(node.value, _ATOM)
        self.close_paren(opened)

    def _Await(self, node, level):
        self.prefixed(node, level, _AWAIT, 'await')

    def _Yield(self, node, level):
        self.prefixed(node, level, _YIELD, 'yield')

    def _YieldFrom(self, node, level):
        opened = self.open_paren(level > _YIELD)
        self.out.append('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.node(node.value, _ATOM)
        self.close_paren(opened)

    def _BoolOp(self, node, level):
        sep, own = _BOOLOPS[type(node.op).__name__]
        opened = self.open_paren(level > own)
        # each operand is required to bind one level tighter than the one before
        operand = own
        for i, value in enumerate(node.values):
            if i:
                self.out.append(sep)
            operand = _tighter(operand)
            self.node(value, operand)
        self.close_paren(opened)

    def _BinOp(self, node, level):
        op, own = _BINOPS[type(node.op).__name__]
        opened = self.open_paren(level > own)
        right_assoc = op == '**'
        self.node(node.left, _tighter(own) if right_assoc else own)
        self.out.append(' %s ' % op)
        self.node(node.right, own if right_assoc else _tighter(own))
        self.close_paren(opened)

    def _UnaryOp(self, node, level):
        op, own = _UNARYOPS[type(node.op).__name__]
        opened = self.open_paren(level > own)
        self.out.append(op)
        self.node(node.operand, own)
        self.close_paren(opened)

    def _Compare(self, node, level):
        opened = self.open_paren(level > _CMP)
        operand = _tighter(_CMP)
        self.node(node.left, operand)
        for op, right in zip(node.ops, node.comparators):
            self.out.append(' %s ' % _CMPOPS[type(op).__name__])
            self.node(right, operand)
        self.close_paren(opened)

    def _Lambda(self, node, level):
        opened = self.open_paren(level > _TEST)
        self.out.append('lambda')
        before = len(self.out)
        self.out.append(' ')
        self.node(node.args)
        if len(self.out) == before + 1:
            self.out.pop()
        self.out.append(': ')
        self.node(node.body)
        self.close_paren(opened)

    def _IfExp(self, node, level):
        opened = self.open_paren(level > _TEST)
        self.node(node.body, _tighter(_TEST))
        self.out.append(' if ')
        self.node(node.test, _tighter(_TEST))
        self.out.append(' else ')
        self.node(node.orelse, _TEST)
        self.close_paren(opened)

    def _Dict(self, node, level):
        self.out.append('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if i:
                self.out.append(', ')
            if key is None:
                self.out.append('**')
                self.node(value, _EXPR)
            else:
                self.node(key)
                self.out.append(': ')
                self.node(value)
        self.out.append('}')

    def _Set(self, node, level):
        if not node.elts:
            # {} is a dict and set() may be rebound
            self.out.append('{*()}')
            return
        self.out.append('{')
        self.nodes(node.elts)
        self.out.append('}')

    def comprehension_expr(self, node, open_, close, elements):
        self.out.append(open_)
        for i, element in enumerate(elements):
            if i:
                self.out.append(': ')
            self.node(element)
        self.node(node.generators)
        self.out.append(close)

    def _ListComp(self, node, level):
        self.comprehension_expr(node, '[', ']', (node.elt,))

    def _SetComp(self, node, level):
        self.comprehension_expr(node, '{', '}', (node.elt,))

    def _GeneratorExp(self, node, level):
        self.comprehension_expr(node, '(', ')', (node.elt,))

    def _DictComp(self, node, level):
        self.comprehension_expr(node, '{', '}', (node.key, node.value))

    def _comprehension(self, node, level):
        self.out.append(' async for ' if node.is_async else ' for ')
        self.node(node.target, _TUPLE)
        self.out.append(' in ')
        self.node(node.iter, _tighter(_TEST))
        for condition in node.ifs:
            self.out.append(' if ')
            self.node(condition, _tighter(_TEST))

    def _Call(self, node, level):
        self.node(node.func, _ATOM)
        self.out.append('(')
        self.nodes(node.args + node.keywords)
        self.out.append(')')

    def _keyword(self, node, level):
        self.out.append('**' if node.arg is None else node.arg + '=')
        self.node(node.value)

    def _FormattedValue(self, node, level):
        self.out.append(self.fstring_part(node))

    def _JoinedStr(self, node, level):
        self.out.append('f')
        if self.in_fstring:
            self.out.append(_quoted(self.fstring_part(node)))
            return
        # outside replacement fields, a literal part may use \n and \t escapes
        quotes = _ANY_QUOTE
        parts = []
        for value in node.values:
            body, quotes = _quoted_body(self.fstring_part(value), quotes,
                                        isinstance(value, Constant))
            parts.append(body)
        self.out.append(quotes[0] + ''.join(parts) + quotes[0])

    def fstring_part(self, node):
        """The text of a part of an f-string, before quoting."""
        if isinstance(node, JoinedStr):
            return ''.join([self.fstring_part(value) for value in node.values])
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace('{', '{{').replace('}', '}}')
        if not isinstance(node, FormattedValue):
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))
        expr = _Unparser(in_fstring=True).text(node.value, _tighter(_TEST))
        if '\\' in expr:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        parts = ['{ ' if expr.startswith('{') else '{', expr]
        if node.conversion != -1:
            parts.append('!' + chr(node.conversion))
        if node.format_spec:
            parts.append(':' + self.fstring_part(node.format_spec))
        parts.append('}')
        return ''.join(parts)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            # infinities come from literals too large to read: write one back;
            # a NaN is written as inf - inf
            self.out.append(repr(value).replace('inf', _INFSTR)
                            .replace('nan', '(%s-%s)' % (_INFSTR, _INFSTR)))
        elif self.in_fstring and isinstance(value, str):
            self.out.append(_quoted(value))
        else:
            self.out.append(repr(value))

    def _Constant(self, node, level):
        value = node.value
        if isinstance(value, tuple):
            self.out.append('(')
            self.items(value, self.constant)
            self.out.append(')')
        elif value is ...:
            self.out.append('...')
        else:
            if node.kind == 'u':
                self.out.append('u')
            self.constant(value)

    def _Attribute(self, node, level):
        self.node(node.value, _ATOM)
        # 1.real would read as a float: 1 .real
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.out.append(' ')
        self.out.append('.' + node.attr)

    def _Subscript(self, node, level):
        self.node(node.value, _ATOM)
        self.out.append('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            # a[1, 2] without the tuple's parentheses
            self.items(index.elts, self.node)
        else:
            self.node(index)
        self.out.append(']')

    def _Starred(self, node, level):
        self.out.append('*')
        self.node(node.value, _EXPR)

    def _Name(self, node, level):
        self.out.append(node.id)

    def _List(self, node, level):
        self.out.append('[')
        self.nodes(node.elts)
        self.out.append(']')

    def _Tuple(self, node, level):
        opened = self.open_paren(not node.elts or level > _TUPLE)
        self.items(node.elts, self.node)
        self.close_paren(opened)

    def _Slice(self, node, level):
        if node.lower:
            self.node(node.lower)
        self.out.append(':')
        if node.upper:
            self.node(node.upper)
        self.optional(':', node.step)

    # -- parameters --

    def _arg(self, node, level):
        self.out.append(node.arg)
        self.optional(': ', node.annotation)

    def with_default(self, param, default):
        self.node(param)
        self.optional('=', default)

    def _arguments(self, node, level):
        separators = []

        def comma():
            if separators:
                self.out.append(', ')
            separators.append(1)

        positional = node.posonlyargs + node.args
        missing = len(positional) - len(node.defaults)
        defaults = [None] * missing + node.defaults
        for index, (param, default) in enumerate(zip(positional, defaults), 1):
            comma()
            self.with_default(param, default)
            if index == len(node.posonlyargs):
                self.out.append(', /')
        if node.vararg or node.kwonlyargs:
            comma()
            self.out.append('*')
            if node.vararg:
                self.node(node.vararg)
        for param, default in zip(node.kwonlyargs, node.kw_defaults):
            self.out.append(', ')
            self.with_default(param, default)
        if node.kwarg:
            comma()
            self.out.append('**')
            self.node(node.kwarg)


def unparse(ast_obj):
    """Source text that parses back to a tree equal to ast_obj (formatting and
    comments are not kept)."""
    return _Unparser().text(ast_obj)
