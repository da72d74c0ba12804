"""xml.etree.ElementPath: the XPath subset of Element.find/findall/findtext/iterfind
(safepy's own implementation).

A path is split into steps by '/' ('//' makes the next step search all descendants);
a step is '.', '..', '*', a tag ('{uri}name', 'prefix:name' with a namespace map,
'{*}name', '{}name') followed by predicates in brackets: [@a], [@a='v'], [@a!='v'],
[tag], [tag='text'], [tag!='text'], [.='text'], [.!='text'], [N], [last()], [last()-N].
Each step maps the list of context elements to the next one, in document order.
"""

import re

__all__ = ['find', 'findall', 'findtext', 'iterfind']

# a token: quoted literal, '//' or '/', '..', '()', '!=', one punctuation character, or a
# name (optionally led by a {namespace}); blanks between tokens are skipped
_TOKEN = re.compile(
    r"""\s*(?:('[^']*'|"[^"]*"|//?|\.\.|\(\)|!=|::|[/.*:\[\]()@=])"""
    r"""|((?:\{[^}]*\})?[^/\[\]()@!=\s]+))""")


def _tokens(path, namespaces):
    pos = 0
    out = []
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if m is None or m.end() == pos:
            rest = path[pos:]
            if rest.strip() == '':
                break
            raise SyntaxError("invalid path")
        pos = m.end()
        op, name = m.group(1), m.group(2)
        if name is not None and ':' in name and not name.startswith('{'):
            prefix, _, local = name.partition(':')
            try:
                if not namespaces:
                    raise KeyError
                name = '{%s}%s' % (namespaces[prefix], local)
            except KeyError:
                raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
        elif name is not None and namespaces and '' in namespaces and not name.startswith('{') \
                and name != '*':
            name = '{%s}%s' % (namespaces[''], name)
        out.append((op or '', name or ''))
    return out


def _parents(root):
    parents = {}
    for p in root.iter():
        for c in p:
            parents[c] = p
    return parents


def _tag_test(tag):
    # a predicate telling whether an element's tag matches [tag]
    if tag == '*':
        return lambda t: isinstance(t, str)
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and not t.startswith('{')
    if tag.startswith('{*}'):
        local = tag[3:]
        return lambda t: isinstance(t, str) and (t == local or t.endswith('}' + local))
    if tag.startswith('{}'):
        local = tag[2:]
        return lambda t: t == local
    if tag.endswith('}*'):
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


class _Selector:
    """A compiled path: a list of step functions from a context list to a new one."""

    def __init__(self, path, namespaces):
        if path[:1] == '/':
            raise SyntaxError("cannot use absolute path on element")
        self.steps = []
        toks = _tokens(path, namespaces)
        i = 0
        n = len(toks)
        while i < n:
            op, name = toks[i]
            descend = False
            if op == '/':
                i += 1
                continue
            if op == '//':
                descend = True
                i += 1
                if i >= n:
                    self.steps.append(self._descendants('*'))
                    break
                op, name = toks[i]
            if op == '.':
                if descend:
                    self.steps.append(self._descendants('*'))
                i += 1
            elif op == '..':
                if descend:
                    self.steps.append(self._descendants('*'))
                self.steps.append(self._parent)
                i += 1
            elif op == '*' or (op == '' and name):
                tag = '*' if op == '*' else name
                self.steps.append(self._descendants(tag) if descend else self._children(tag))
                i += 1
            elif op == '[':  # predicates on the context itself
                i = self._predicate(toks, i + 1)
                continue
            else:
                raise SyntaxError("invalid path")
            while i < n and toks[i][0] == '[':
                i = self._predicate(toks, i + 1)

    # ---- steps ----

    @staticmethod
    def _children(tag):
        test = _tag_test(tag)

        def step(ctx, root):
            return [c for e in ctx for c in e if test(c.tag)]
        return step

    @staticmethod
    def _descendants(tag):
        test = _tag_test(tag)

        def step(ctx, root):
            out = []
            for e in ctx:
                for d in e.iter():
                    if d is not e and test(d.tag):
                        out.append(d)
            return out
        return step

    @staticmethod
    def _parent(ctx, root):
        parents = _parents(root)
        out, seen = [], set()
        for e in ctx:
            p = parents.get(e)
            if p is not None and id(p) not in seen:
                seen.add(id(p))
                out.append(p)
        return out

    # ---- predicates ----

    def _predicate(self, toks, i):
        # the tokens of one [...] predicate, from toks[i] to the closing ']'
        sig, vals = [], []
        while True:
            if i >= len(toks):
                raise SyntaxError("invalid predicate")
            op, name = toks[i]
            i += 1
            if op == ']':
                break
            if op and op[:1] in '\'"':
                sig.append("'")
                vals.append(op[1:-1])
            elif op == '' and name.lstrip('-').isdigit():
                sig.append('-' if name.startswith('-') else 'n')
                vals.append(name)
            elif op:
                sig.append(op)
                vals.append(op)
            else:
                sig.append('t')
                vals.append(name)
        s = ''.join(sig)
        if s in ('@t', "@t='", "@t!='"):
            key = vals[1]
            if s == '@t':
                self.steps.append(lambda ctx, root: [e for e in ctx if e.get(key) is not None])
            else:
                want, eq = vals[-1], s == "@t='"
                self.steps.append(lambda ctx, root: [e for e in ctx if (e.get(key) == want) == eq
                                                     and (eq or e.get(key) is not None)])
            return i
        if s in ('t', "t='", "t!='"):
            test = _tag_test(vals[0])
            if s == 't':
                self.steps.append(lambda ctx, root: [e for e in ctx if any(test(c.tag) for c in e)])
            else:
                want, eq = vals[-1], s == "t='"
                self.steps.append(lambda ctx, root: [
                    e for e in ctx if any(test(c.tag) and ("".join(c.itertext()) == want) == eq for c in e)])
            return i
        if s in (".='", ".!='"):
            want, eq = vals[-1], s == ".='"
            self.steps.append(lambda ctx, root: [e for e in ctx if ("".join(e.itertext()) == want) == eq])
            return i
        if s == 'n' or (s in ('t()', 't()-') and vals[0] == 'last'):
            if s == 'n':
                index = int(vals[0]) - 1
                if index < 0:
                    raise SyntaxError("XPath position >= 1 expected")
            elif s == 't()':
                index = -1
            else:
                index = int(vals[-1]) - 1
            self.steps.append(self._position(index))
            return i
        raise SyntaxError("invalid predicate")

    @staticmethod
    def _position(index):
        def step(ctx, root):
            parents = _parents(root)
            out = []
            for e in ctx:
                p = parents.get(e)
                if p is None:
                    continue
                same = [c for c in p if c.tag == e.tag]
                try:
                    if same[index] is e:
                        out.append(e)
                except IndexError:
                    pass
            return out
        return step

    def select(self, elem):
        ctx = [elem]
        for step in self.steps:
            ctx = step(ctx, elem)
        return ctx


_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    sel = _cache.get(key)
    if sel is None:
        if len(_cache) > 100:
            _cache.clear()
        sel = _cache[key] = _Selector(path, namespaces)
    return sel


def _plain(path, namespaces):
    # a path naming a child tag only: CPython's C elements look such children up
    # directly, without parsing the path (so 'p:a' is just a tag there)
    return namespaces is None and not any(c in path for c in '{}/*[@.')


def iterfind(elem, path, namespaces=None):
    if path == '':
        return iter(())
    if _plain(path, namespaces):
        return iter([c for c in elem if c.tag == path])
    return iter(_compile(path, namespaces).select(elem))


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ''
