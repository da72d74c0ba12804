"""gettext: message catalogs for internationalization (GNU .mo files).

NullTranslations returns messages unchanged (or asks its fallback); GNUTranslations reads
a compiled .mo catalog, its charset and its Plural-Forms rule (a C expression, evaluated
here by a small parser, never by eval).  translation() looks for
localedir/<lang>/LC_MESSAGES/<domain>.mo for the languages of $LANGUAGE, $LC_ALL,
$LC_MESSAGES and $LANG.

Invariant: catalogs map str message ids (and (id, n) pairs for plural forms) to str.
"""

import os
import sys
from errno import ENOENT

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --------------------------------------------------------------------------- plurals

def _tokens(expr):
    out = []
    i = 0
    n = len(expr)
    while i < n:
        c = expr[i]
        if c in ' \t':
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and expr[j].isdigit():
                j += 1
            out.append(int(expr[i:j]))
            i = j
            continue
        two = expr[i:i + 2]
        if two in ('==', '!=', '<=', '>=', '&&', '||'):
            out.append(two)
            i += 2
            continue
        if c in 'n()?:<>!%*/+-':
            out.append(c)
            i += 1
            continue
        if c == ';':
            break
        raise ValueError('invalid token in plural form: %s' % c)
    return out


# Binary operators by precedence (lowest first), as in C.
_LEVELS = (('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'),
           ('*', '/', '%'))


class _Plural:
    """A parsed Plural-Forms expression: call it with n to get the form's index."""

    def __init__(self, expr):
        if len(expr) > 1000:
            raise ValueError('plural form expression is too long')
        self.toks = _tokens(expr)
        self.pos = 0
        self.tree = self.ternary()
        if self.pos != len(self.toks):
            raise ValueError('invalid plural form expression')

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def ternary(self):
        cond = self.binary(0)
        if self.peek() == '?':
            self.take()
            yes = self.ternary()
            if self.take() != ':':
                raise ValueError('invalid plural form expression')
            no = self.ternary()
            return ('?', cond, yes, no)
        return cond

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = self.take()
            left = (op, left, self.binary(level + 1))
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            return ('!', self.unary())
        if tok == '(':
            inner = self.ternary()
            if self.take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return inner
        if tok == 'n':
            return ('n',)
        if isinstance(tok, int):
            return ('const', tok)
        raise ValueError('invalid plural form expression')

    def __call__(self, n):
        if not isinstance(n, int):
            raise TypeError('Plural value must be an integer, got %s' % n.__class__.__name__)
        return int(self.eval(self.tree, n))

    def eval(self, node, n):
        op = node[0]
        if op == 'n':
            return n
        if op == 'const':
            return node[1]
        if op == '!':
            return int(not self.eval(node[1], n))
        if op == '?':
            return self.eval(node[2], n) if self.eval(node[1], n) else self.eval(node[3], n)
        a = self.eval(node[1], n)
        if op == '&&':
            return int(bool(a) and bool(self.eval(node[2], n)))
        if op == '||':
            return int(bool(a) or bool(self.eval(node[2], n)))
        b = self.eval(node[2], n)
        if op == '==':
            return int(a == b)
        if op == '!=':
            return int(a != b)
        if op == '<':
            return int(a < b)
        if op == '>':
            return int(a > b)
        if op == '<=':
            return int(a <= b)
        if op == '>=':
            return int(a >= b)
        if op == '+':
            return a + b
        if op == '-':
            return a - b
        if op == '*':
            return a * b
        if op == '/':
            return a // b
        return a % b


def c2py(plural):
    """A function computing the plural form index from a C expression in n."""
    return _Plural(plural)


# --------------------------------------------------------------------------- catalogs

class NullTranslations:
    """Translations that return every message as given (after asking the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        name = getattr(fp, 'name', '')
        data = fp.read()
        self._catalog = {}
        self.plural = lambda n: int(n != 1)
        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', name)
        version, count, orig_at, trans_at = unpack(order + '4I', data[4:20])
        major = self._get_versions(version)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), name)
        size = len(data)
        for k in range(count):
            olen, ooff = unpack(order + '2I', data[orig_at + 8 * k:orig_at + 8 * k + 8])
            tlen, toff = unpack(order + '2I', data[trans_at + 8 * k:trans_at + 8 * k + 8])
            if ooff + olen >= size or toff + tlen >= size:
                raise OSError(0, 'File is corrupt', name)
            self._add_entry(data[ooff:ooff + olen], data[toff:toff + tlen])

    def _add_entry(self, orig, trans):
        if not orig:
            self._read_header(trans)
        charset = self._charset or 'ascii'
        if b'\x00' in orig:
            # Plural entry: msgid NUL msgid_plural -> one translation per form.
            singular = str(orig.split(b'\x00')[0], charset)
            for index, form in enumerate(trans.split(b'\x00')):
                self._catalog[(singular, index)] = str(form, charset)
        else:
            self._catalog[str(orig, charset)] = str(trans, charset)

    def _read_header(self, text):
        # "Key: value" lines (continued by lines without a colon) of the "" entry.
        last = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last:
                    self._info[last] += '\n' + line
                continue
            key, _, value = line.partition(':')
            last = key.strip().lower()
            value = value.strip()
            self._info[last] = value
            if last == 'content-type':
                self._charset = value.split('charset=')[1]
            elif last == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg


# --------------------------------------------------------------------------- lookup

def _expand_lang(loc):
    # 'de_DE.UTF-8@euro' -> the most specific to the most general name.
    loc = loc.strip()
    modifier = ''
    if '@' in loc:
        loc, modifier = loc.split('@', 1)
        modifier = '@' + modifier
    codeset = ''
    if '.' in loc:
        loc, codeset = loc.split('.', 1)
        codeset = '.' + codeset
    territory = ''
    if '_' in loc:
        loc, territory = loc.split('_', 1)
        territory = '_' + territory
    result = []
    for t in (territory, ''):
        for c in (codeset, ''):
            for m in (modifier, ''):
                name = loc + t + c + m
                if name not in result:
                    result.append(name)
    return result


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for domain (or all of them, with all=True)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain: a GNUTranslations chain, or NullTranslations when
    fallback is true and no catalog exists."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
