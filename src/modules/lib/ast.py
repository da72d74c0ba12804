"""ast: for now only literal_eval (our own implementation; no syntax-tree classes yet).

literal_eval(text) first compiles the text (so malformed source raises the SyntaxError
CPython raises), then reads it with a small recursive-descent parser that accepts only
what CPython's literal_eval accepts: str/bytes/number literals, True/False/None,
tuples, lists, sets, dicts, set(), unary +/- on numbers and real +/- complex sums.
Anything else raises ValueError('malformed node or string ...').
"""

__all__ = ['literal_eval']


class _Node:
    # a stand-in for the syntax-tree node CPython names in its error message
    def __init__(self, kind, lineno):
        self.kind = kind
        self.lineno = lineno

    def __repr__(self):
        return '<ast.%s object at %#x>' % (self.kind, id(self))


class _Malformed(Exception):
    def __init__(self, kind, lineno):
        self.node = _Node(kind, lineno)


_PUNCT = '()[]{},:+-'


def _tokenize(src):
    """Yields (kind, text, lineno) with kind in 'str', 'num', 'name', 'op', 'other'."""
    toks = []
    i = 0
    n = len(src)
    line = 1
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
            continue
        if c in ' \t\r\f\\':
            i += 1
            continue
        if c == '#':
            while i < n and src[i] != '\n':
                i += 1
            continue
        j = i
        while j < n and (src[j].isalnum() or src[j] == '_'):
            j += 1
        word = src[i:j]
        if j < n and src[j] in '\'"' and word.lower() in ('r', 'u', 'b', 'br', 'rb', 'f', 'fr',
                                                          'rf', ''):
            q = src[j]
            triple = src[j:j + 3] == q * 3
            k = j + (3 if triple else 1)
            raw = 'r' in word.lower()
            while k < n:
                if src[k] == '\\' and not raw:
                    k += 2
                    continue
                if src[k] == '\\' and raw:
                    k += 2
                    continue
                if triple and src[k:k + 3] == q * 3:
                    k += 3
                    break
                if not triple and src[k] == q:
                    k += 1
                    break
                k += 1
            text = src[i:k]
            toks.append(('fstr' if 'f' in word.lower() else 'str', text, line))
            line += text.count('\n')
            i = k
            continue
        if word:
            if word[0].isdigit():
                # a number: digits, letters (0x, e, j), and a sign after an exponent
                k = j
                while k < n and (src[k].isalnum() or src[k] in '._' or
                                 (src[k] in '+-' and src[k - 1] in 'eE' and
                                  not src[i:i + 2].lower() in ('0x', '0b', '0o'))):
                    k += 1
                toks.append(('num', src[i:k], line))
                i = k
            else:
                toks.append(('name', word, line))
                i = j
            continue
        if c == '.' and i + 1 < n and src[i + 1].isdigit():
            k = i + 1
            while k < n and (src[k].isalnum() or src[k] in '._' or
                             (src[k] in '+-' and src[k - 1] in 'eE')):
                k += 1
            toks.append(('num', src[i:k], line))
            i = k
            continue
        if src.startswith('...', i):
            toks.append(('ellipsis', '...', line))
            i += 3
            continue
        if c in _PUNCT:
            toks.append(('op', c, line))
        else:
            toks.append(('other', c, line))
        i += 1
    return toks


_KINDS = {'(': 'Tuple', '[': 'List', '{': 'Dict'}


class _Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None, 1)

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expect(self, text):
        kind, t, line = self.take()
        if t != text:
            raise _Malformed('expr', line)

    def node_kind(self, tok):
        kind, text, line = tok
        if kind == 'name':
            return 'Lambda' if text == 'lambda' else 'Name'
        if kind == 'fstr':
            return 'JoinedStr'
        return 'expr'

    def expr(self):
        start = self.peek()
        value, is_num = self.unary()
        kind, text, line = self.peek()
        if text in ('+', '-'):
            self.take()
            right, rnum = self.unary()
            if not (is_num and rnum and isinstance(value, (int, float)) and
                    not isinstance(value, bool) and isinstance(right, complex)):
                raise _Malformed('BinOp', start[2])
            value = value + right if text == '+' else value - right
            nk, nt, nl = self.peek()
            if nt in ('+', '-'):
                raise _Malformed('BinOp', start[2])
            return value, False
        return value, is_num

    def unary(self):
        kind, text, line = self.peek()
        if text in ('+', '-'):
            self.take()
            operand, is_num = self.atom()
            if not is_num:
                raise _Malformed('UnaryOp', line)
            return (+operand if text == '+' else -operand), True
        return self.atom()

    def atom(self):
        tok = self.take()
        kind, text, line = tok
        if kind == 'str':
            value = eval(text)
            # implicit concatenation of adjacent literals of the same kind
            while self.peek()[0] == 'str':
                nxt = eval(self.take()[1])
                if isinstance(nxt, bytes) != isinstance(value, bytes):
                    raise _Malformed('Constant', line)
                value = value + nxt
            if self.peek()[0] == 'fstr':
                raise _Malformed('JoinedStr', line)
            return value, False
        if kind == 'num':
            return eval(text), True
        if kind == 'ellipsis':
            return ..., False
        if kind == 'name':
            if text in ('True', 'False', 'None'):
                return {'True': True, 'False': False, 'None': None}[text], False
            if text == 'set' and self.peek()[1] == '(':
                self.take()
                if self.peek()[1] == ')':
                    self.take()
                    return set(), False
                raise _Malformed('Call', line)
            if self.peek()[1] == '(':
                raise _Malformed('Call', line)
            raise _Malformed(self.node_kind(tok), line)
        if text == '(':
            if self.peek()[1] == ')':
                self.take()
                return (), False
            first, fnum = self.expr()
            if self.peek()[1] == ')':
                self.take()
                return first, fnum
            items = [first]
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == ')':
                    break
                items.append(self.expr()[0])
            self.expect(')')
            return tuple(items), False
        if text == '[':
            items = []
            while self.peek()[1] != ']':
                items.append(self.expr()[0])
                if self.peek()[1] != ',':
                    break
                self.take()
            self.expect(']')
            return items, False
        if text == '{':
            if self.peek()[1] == '}':
                self.take()
                return {}, False
            first = self.expr()[0]
            if self.peek()[1] == ':':
                self.take()
                d = {}
                d[first] = self.expr()[0]
                while self.peek()[1] == ',':
                    self.take()
                    if self.peek()[1] == '}':
                        break
                    k = self.expr()[0]
                    self.expect(':')
                    d[k] = self.expr()[0]
                self.expect('}')
                return d, False
            items = [first]
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == '}':
                    break
                items.append(self.expr()[0])
            self.expect('}')
            return set(items), False
        raise _Malformed(self.node_kind(tok), line)


def literal_eval(node_or_string):
    """Evaluates a str holding a Python literal or container display of literals."""
    if not isinstance(node_or_string, str):
        raise ValueError('malformed node or string: %r' % (node_or_string,))
    src = node_or_string.lstrip(' \t')
    import warnings
    with warnings.catch_warnings():
        # only the syntax check is wanted (CPython parses without compiling)
        warnings.simplefilter('ignore')
        compile(src, '<unknown>', 'eval')
    parser = _Parser(_tokenize(src))
    try:
        value, is_num = parser.expr()
        if parser.peek()[1] == ',':
            items = [value]
            while parser.peek()[1] == ',':
                parser.take()
                if parser.pos == len(parser.toks):
                    break
                items.append(parser.expr()[0])
            value = tuple(items)
        if parser.pos != len(parser.toks):
            raise _Malformed('expr', parser.peek()[2])
    except _Malformed as e:
        node = e.node
        raise ValueError('malformed node or string on line %d: %r' % (node.lineno, node)) from None
    except TypeError:
        # unhashable dict key or set item, as CPython reports it
        raise
    return value
