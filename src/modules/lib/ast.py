"""ast: Python syntax trees as objects (our own implementation over the C module _ast).

The node classes (AST, expr, BinOp, ...) and the PyCF_* flags come from _ast; parse()
is compile() with PyCF_ONLY_AST. The helpers here walk, print, copy positions and
evaluate literals on those trees as CPython 3.11's ast module does: dump()'s text is
CPython's byte for byte. Not provided (yet): unparse(), the command line, the
deprecated Num/Str/Bytes/NameConstant/Ellipsis/Index/ExtSlice aliases.
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
