"""The RFC 5322 / RFC 2045 header value parser behind email.headerregistry, and the
folder of its parse trees (email.policy.EmailPolicy.fold).

A parse tree is made of TokenLists (lists with a token_type named after the RFC
grammar rule they matched) whose leaves are Terminals (str with a token_type).
str(tree) is the header text as it was (comments, whitespace and all); tree.value
is its meaning (comments and folding whitespace as single spaces). Every token
keeps the defects found in it; all_defects collects them from the subtree.

The get_X(value) functions parse the X rule at the start of value and return
(token, rest); they raise HeaderParseError when X is not there. The parse_X
functions parse a whole header value and never raise.

safepy's own implementation; CPython 3.11 is the oracle (the grammar, the
defects and the folding result are behaviour the tests compare)."""

import re
import sys
import urllib.parse
from operator import itemgetter
from string import hexdigits

from email import _encoded_words as _ew
from email import errors
from email import utils

WSP = set(' \t')
CFWS_LEADER = WSP | set('(')
SPECIALS = set(r'()<>@,:;.\"[]')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
# '.', '"' and '(' do not end a phrase: obsolete phrases have them
PHRASE_ENDS = SPECIALS - set('."(')
TSPECIALS = (SPECIALS | set('/?=')) - set('.')
TOKEN_ENDS = TSPECIALS | WSP
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS - set('%')
NLSET = {'\n', '\r'}
SPECIALSNL = SPECIALS | NLSET


def make_parenthesis_pairs(value):
    """value with '\\', '(' and ')' escaped for a comment."""
    return str(value).replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', '\\"') + '"'


rfc2047_matcher = re.compile(r'=\?[^?]*\?[qQbB]\?.*?\?=', re.MULTILINE)


# ---------------------------------------------------------------- token lists

class TokenList(list):
    token_type = None
    syntactic_break = True
    ew_combine_allowed = True

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return ''.join([str(x) for x in self])

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, list.__repr__(self))

    @property
    def value(self):
        return ''.join([x.value for x in self if x.value])

    @property
    def all_defects(self):
        found = list(self.defects)
        for x in self:
            found.extend(x.all_defects)
        return found

    def startswith_fws(self):
        return self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        """True if every top-level token may become an encoded word."""
        for part in self:
            if not part.as_ew_allowed:
                return False
        return True

    @property
    def comments(self):
        found = []
        for token in self:
            found.extend(token.comments)
        return found

    def fold(self, *, policy):
        return _refold_parse_tree(self, policy=policy)

    def pprint(self, indent=''):
        print(self.ppstr(indent=indent))

    def ppstr(self, indent=''):
        return '\n'.join(self._pp(indent=indent))

    def _pp(self, indent=''):
        yield '%s%s/%s(' % (indent, self.__class__.__name__, self.token_type)
        for token in self:
            if hasattr(token, '_pp'):
                yield from token._pp(indent + '    ')
            else:
                yield indent + '    !! invalid element in token list: {!r}'.format(token)
        yield '%s)%s' % (indent, ' Defects: {}'.format(self.defects) if self.defects else '')


class WhiteSpaceTokenList(TokenList):

    @property
    def value(self):
        return ' '

    @property
    def comments(self):
        return [x.content for x in self if x.token_type == 'comment']


def _kind(name, token_type, base=TokenList, **attrs):
    attrs['token_type'] = token_type
    return type(name, (base,), attrs)


UnstructuredTokenList = _kind('UnstructuredTokenList', 'unstructured')
Phrase = _kind('Phrase', 'phrase')
Word = _kind('Word', 'word')
CFWSList = _kind('CFWSList', 'cfws', WhiteSpaceTokenList)
Atom = _kind('Atom', 'atom')
Token = _kind('Token', 'token', encode_as_ew=False)
EncodedWord = _kind('EncodedWord', 'encoded-word', cte=None, charset=None, lang=None)


class QuotedString(TokenList):
    token_type = 'quoted-string'

    def _bare(self):
        for x in self:
            if x.token_type == 'bare-quoted-string':
                return x
        return None

    @property
    def content(self):
        bare = self._bare()
        return None if bare is None else bare.value

    stripped_value = content

    @property
    def quoted_value(self):
        return ''.join([str(x) if x.token_type == 'bare-quoted-string' else x.value
                        for x in self])


class BareQuotedString(QuotedString):
    token_type = 'bare-quoted-string'

    def __str__(self):
        return quote_string(''.join([str(x) for x in self]))

    @property
    def value(self):
        return ''.join([str(x) for x in self])


class Comment(WhiteSpaceTokenList):
    token_type = 'comment'

    def __str__(self):
        inner = [str(x) if x.token_type == 'comment' else make_parenthesis_pairs(x)
                 for x in self]
        return '(' + ''.join(inner) + ')'

    def quote(self, value):
        if value.token_type == 'comment':
            return str(value)
        return make_parenthesis_pairs(value)

    @property
    def content(self):
        return ''.join([str(x) for x in self])

    @property
    def comments(self):
        return [self.content]


class AddressList(TokenList):
    token_type = 'address-list'

    @property
    def addresses(self):
        return [x for x in self if x.token_type == 'address']

    @property
    def mailboxes(self):
        return [m for x in self.addresses for m in x.mailboxes]

    @property
    def all_mailboxes(self):
        return [m for x in self.addresses for m in x.all_mailboxes]


class Address(TokenList):
    token_type = 'address'

    @property
    def display_name(self):
        if self[0].token_type == 'group':
            return self[0].display_name
        return None

    @property
    def mailboxes(self):
        kind = self[0].token_type
        if kind == 'mailbox':
            return [self[0]]
        if kind == 'invalid-mailbox':
            return []
        return self[0].mailboxes

    @property
    def all_mailboxes(self):
        if self[0].token_type in ('mailbox', 'invalid-mailbox'):
            return [self[0]]
        return self[0].all_mailboxes


class MailboxList(TokenList):
    token_type = 'mailbox-list'

    @property
    def mailboxes(self):
        return [x for x in self if x.token_type == 'mailbox']

    @property
    def all_mailboxes(self):
        return [x for x in self if x.token_type in ('mailbox', 'invalid-mailbox')]


class GroupList(TokenList):
    token_type = 'group-list'

    @property
    def mailboxes(self):
        if self and self[0].token_type == 'mailbox-list':
            return self[0].mailboxes
        return []

    @property
    def all_mailboxes(self):
        if self and self[0].token_type == 'mailbox-list':
            return self[0].all_mailboxes
        return []


class Group(TokenList):
    token_type = 'group'

    @property
    def mailboxes(self):
        return self[2].mailboxes if self[2].token_type == 'group-list' else []

    @property
    def all_mailboxes(self):
        return self[2].all_mailboxes if self[2].token_type == 'group-list' else []

    @property
    def display_name(self):
        return self[0].display_name


class NameAddr(TokenList):
    token_type = 'name-addr'

    @property
    def display_name(self):
        return None if len(self) == 1 else self[0].display_name

    local_part = property(lambda self: self[-1].local_part)
    domain = property(lambda self: self[-1].domain)
    route = property(lambda self: self[-1].route)
    addr_spec = property(lambda self: self[-1].addr_spec)


class AngleAddr(TokenList):
    token_type = 'angle-addr'

    def _first(self, token_type):
        for x in self:
            if x.token_type == token_type:
                return x
        return None

    @property
    def local_part(self):
        spec = self._first('addr-spec')
        return None if spec is None else spec.local_part

    @property
    def domain(self):
        spec = self._first('addr-spec')
        return None if spec is None else spec.domain

    @property
    def route(self):
        route = self._first('obs-route')
        return None if route is None else route.domains

    @property
    def addr_spec(self):
        spec = self._first('addr-spec')
        if spec is None:
            return '<>'
        if spec.local_part:
            return spec.addr_spec
        return quote_string(spec.local_part) + spec.addr_spec


class ObsRoute(TokenList):
    token_type = 'obs-route'

    @property
    def domains(self):
        return [x.domain for x in self if x.token_type == 'domain']


class Mailbox(TokenList):
    token_type = 'mailbox'

    @property
    def display_name(self):
        return self[0].display_name if self[0].token_type == 'name-addr' else None

    local_part = property(lambda self: self[0].local_part)
    domain = property(lambda self: self[0].domain)
    addr_spec = property(lambda self: self[0].addr_spec)

    @property
    def route(self):
        return self[0].route if self[0].token_type == 'name-addr' else None


class InvalidMailbox(TokenList):
    token_type = 'invalid-mailbox'
    display_name = local_part = domain = route = addr_spec = property(lambda self: None)


class Domain(TokenList):
    token_type = 'domain'
    as_ew_allowed = False

    @property
    def domain(self):
        return ''.join(TokenList.value.fget(self).split())


DotAtom = _kind('DotAtom', 'dot-atom')
DotAtomText = _kind('DotAtomText', 'dot-atom-text', as_ew_allowed=True)
NoFoldLiteral = _kind('NoFoldLiteral', 'no-fold-literal', as_ew_allowed=False)


class AddrSpec(TokenList):
    token_type = 'addr-spec'
    as_ew_allowed = False

    @property
    def local_part(self):
        return self[0].local_part

    @property
    def domain(self):
        return self[-1].domain if len(self) >= 3 else None

    @property
    def value(self):
        if len(self) < 3:
            return self[0].value
        return self[0].value.rstrip() + self[1].value + self[2].value.lstrip()

    @property
    def addr_spec(self):
        local = self.local_part
        if not DOT_ATOM_ENDS.isdisjoint(local):
            local = quote_string(local)
        return local if self.domain is None else local + '@' + self.domain


ObsLocalPart = _kind('ObsLocalPart', 'obs-local-part', as_ew_allowed=False)


def _edge_is_cfws(token, index):
    return token[index].token_type == 'cfws' or token[index][index].token_type == 'cfws'


class DisplayName(Phrase):
    token_type = 'display-name'
    ew_combine_allowed = False

    @property
    def display_name(self):
        res = TokenList(self)
        if not res:
            return res.value
        # drop the comments and blanks at either end
        if res[0].token_type == 'cfws':
            del res[0]
        elif res[0][0].token_type == 'cfws':
            res[0] = TokenList(res[0][1:])
        if res[-1].token_type == 'cfws':
            del res[-1]
        elif res[-1][-1].token_type == 'cfws':
            res[-1] = TokenList(res[-1][:-1])
        return res.value

    @property
    def value(self):
        quote = bool(self.defects) or any(x.token_type == 'quoted-string' for x in self)
        if not (self and quote):
            return TokenList.value.fget(self)
        pre = ' ' if _edge_is_cfws(self, 0) else ''
        post = ' ' if _edge_is_cfws(self, -1) else ''
        return pre + quote_string(self.display_name) + post


class LocalPart(TokenList):
    token_type = 'local-part'
    as_ew_allowed = False

    @property
    def value(self):
        if self[0].token_type == 'quoted-string':
            return self[0].quoted_value
        return self[0].value

    @property
    def local_part(self):
        # the words and dots without the comments and blanks around the dots
        res = [DOT]
        last = DOT
        last_is_list = False
        for tok in self[0] + [DOT]:
            if tok.token_type == 'cfws':
                continue
            if last_is_list and tok.token_type == 'dot' and last[-1].token_type == 'cfws':
                res[-1] = TokenList(last[:-1])
            is_list = isinstance(tok, TokenList)
            if is_list and last.token_type == 'dot' and tok[0].token_type == 'cfws':
                res.append(TokenList(tok[1:]))
            else:
                res.append(tok)
            last = res[-1]
            last_is_list = is_list
        return TokenList(res[1:-1]).value


class DomainLiteral(TokenList):
    token_type = 'domain-literal'
    as_ew_allowed = False

    @property
    def domain(self):
        return ''.join(TokenList.value.fget(self).split())

    @property
    def ip(self):
        for x in self:
            if x.token_type == 'ptext':
                return x.value
        return None


MIMEVersion = _kind('MIMEVersion', 'mime-version', major=None, minor=None)


class Parameter(TokenList):
    token_type = 'parameter'
    sectioned = False
    extended = False
    charset = 'us-ascii'

    @property
    def section_number(self):
        return self[1].number if self.sectioned else 0

    @property
    def param_value(self):
        for token in self:
            if token.token_type == 'value':
                return token.stripped_value
            if token.token_type == 'quoted-string':
                for inner in token:
                    if inner.token_type == 'bare-quoted-string':
                        for v in inner:
                            if v.token_type == 'value':
                                return v.stripped_value
        return ''


InvalidParameter = _kind('InvalidParameter', 'invalid-parameter', Parameter)


class Attribute(TokenList):
    token_type = 'attribute'

    @property
    def stripped_value(self):
        for token in self:
            if token.token_type.endswith('attrtext'):
                return token.value
        return None


Section = _kind('Section', 'section', number=None)


class Value(TokenList):
    token_type = 'value'

    @property
    def stripped_value(self):
        token = self[1] if self[0].token_type == 'cfws' else self[0]
        if token.token_type.endswith(('quoted-string', 'attribute', 'extended-attribute')):
            return token.stripped_value
        return self.value


class MimeParameters(TokenList):
    token_type = 'mime-parameters'
    syntactic_break = False

    @property
    def params(self):
        """(name, value) of each parameter; RFC 2231 sections joined and decoded."""
        by_name = {}
        for token in self:
            if not token.token_type.endswith('parameter') or token[0].token_type != 'attribute':
                continue
            name = token[0].value.strip()
            by_name.setdefault(name, []).append((token.section_number, token))
        for name, parts in by_name.items():
            parts = sorted(parts, key=itemgetter(0))
            first = parts[0][1]
            charset = first.charset
            if not first.extended and len(parts) > 1 and parts[1][0] == 0:
                parts[1][1].defects.append(errors.InvalidHeaderDefect(
                    'duplicate parameter name; duplicate(s) ignored'))
                parts = parts[:1]
            pieces = []
            expected = 0
            for number, param in parts:
                if number != expected:
                    if not param.extended:
                        param.defects.append(errors.InvalidHeaderDefect(
                            'duplicate parameter name; duplicate ignored'))
                        continue
                    param.defects.append(errors.InvalidHeaderDefect(
                        'inconsistent RFC2231 parameter numbering'))
                expected += 1
                text = param.param_value
                if param.extended:
                    text = _decode_extended(text, charset, param)
                pieces.append(text)
            yield name, ''.join(pieces)

    def __str__(self):
        items = ['{}={}'.format(n, quote_string(v)) if v else n for n, v in self.params]
        return ' ' + '; '.join(items) if items else ''


def _decode_extended(text, charset, param):
    try:
        raw = urllib.parse.unquote_to_bytes(text)
    except UnicodeEncodeError:
        return urllib.parse.unquote(text, encoding='latin-1')
    try:
        text = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        text = raw.decode('us-ascii', 'surrogateescape')
    if utils._has_surrogates(text):
        param.defects.append(errors.UndecodableBytesDefect())
    return text


class ParameterizedHeaderValue(TokenList):
    syntactic_break = False

    @property
    def params(self):
        for token in reversed(self):
            if token.token_type == 'mime-parameters':
                return token.params
        return {}


ContentType = _kind('ContentType', 'content-type', ParameterizedHeaderValue,
                    as_ew_allowed=False, maintype='text', subtype='plain')
ContentDisposition = _kind('ContentDisposition', 'content-disposition',
                           ParameterizedHeaderValue, as_ew_allowed=False,
                           content_disposition=None)
ContentTransferEncoding = _kind('ContentTransferEncoding', 'content-transfer-encoding',
                                as_ew_allowed=False, cte='7bit')
HeaderLabel = _kind('HeaderLabel', 'header-label', as_ew_allowed=False)


class MsgID(TokenList):
    token_type = 'msg-id'
    as_ew_allowed = False

    def fold(self, policy):
        # a message id is never folded inside
        return str(self) + policy.linesep


MessageID = _kind('MessageID', 'message-id', MsgID)
InvalidMessageID = _kind('InvalidMessageID', 'invalid-message-id', MessageID)
Header = _kind('Header', 'header')


# ------------------------------------------------------------------ terminals

class Terminal(str):
    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, str.__repr__(self))

    def pprint(self):
        print(self.__class__.__name__ + '/' + self.token_type)

    @property
    def all_defects(self):
        return list(self.defects)

    def _pp(self, indent=''):
        return ['%s%s/%s(%s)%s' % (indent, self.__class__.__name__, self.token_type,
                                   str.__repr__(self),
                                   ' {}'.format(self.defects) if self.defects else '')]

    def pop_trailing_ws(self):
        return None

    @property
    def comments(self):
        return []

    def __getnewargs__(self):
        return (str(self), self.token_type)


class WhiteSpaceTerminal(Terminal):

    @property
    def value(self):
        return ' '

    def startswith_fws(self):
        return bool(self) and self[0] in WSP


class ValueTerminal(Terminal):

    @property
    def value(self):
        return self

    def startswith_fws(self):
        return False


class EWWhiteSpaceTerminal(WhiteSpaceTerminal):
    """The blank between two encoded words: it is not part of the text."""

    @property
    def value(self):
        return ''

    def __str__(self):
        return ''


class _InvalidEwError(errors.HeaderParseError):
    """An '=?...?=' that looks like an encoded word but does not decode."""


DOT = ValueTerminal('.', 'dot')
ListSeparator = ValueTerminal(',', 'list-separator')
ListSeparator.as_ew_allowed = False
ListSeparator.syntactic_break = False
RouteComponentMarker = ValueTerminal('@', 'route-component-marker')


# -------------------------------------------------------------------- parsers

_wsp_splitter = re.compile(r'([ \t]+)').split


def _run_matcher(ends):
    return re.compile('[^{}]+'.format(re.escape(''.join(sorted(ends))))).match


_non_atom_end_matcher = _run_matcher(ATOM_ENDS)
_non_printable_finder = re.compile(r'[\x00-\x20\x7F]').findall
_non_token_end_matcher = _run_matcher(TOKEN_ENDS)
_non_attribute_end_matcher = _run_matcher(ATTRIBUTE_ENDS)
_non_extended_attribute_end_matcher = _run_matcher(EXTENDED_ATTRIBUTE_ENDS)


def _validate_xtext(xtext):
    """Record control characters and undecodable bytes in a terminal."""
    bad = _non_printable_finder(xtext)
    if bad:
        xtext.defects.append(errors.NonPrintableDefect(bad))
    if utils._has_surrogates(xtext):
        xtext.defects.append(errors.UndecodableBytesDefect(
            'Non-ASCII characters found in header token'))


def _get_ptext_to_endchars(value, endchars):
    """(text, rest, had_quoted_pair): the text of value's first blank-free run up
    to an unescaped character of endchars, backslash escapes removed."""
    fragment, *remainder = _wsp_splitter(value, 1)
    chars = []
    escape = had_qp = False
    pos = 0
    for pos, ch in enumerate(fragment):
        if ch == '\\' and not escape:
            escape = True
            continue
        if escape:
            if ch == '\\':
                had_qp = True
            escape = False
        elif ch in endchars:
            break
        chars.append(ch)
    else:
        pos = len(fragment)
    return ''.join(chars), ''.join([fragment[pos:]] + remainder), had_qp


def _opt_cfws(tokens, value):
    """Append the comments and blanks at the start of value to tokens; the rest."""
    if value and value[0] in CFWS_LEADER:
        token, value = get_cfws(value)
        tokens.append(token)
    return value


def _take_leader(value):
    """(the comments and blanks value starts with, or None; the rest). value
    must not be empty (IndexError, as in CPython, where callers do not check)."""
    if value[0] in CFWS_LEADER:
        return get_cfws(value)
    return None, value


def _expect(tokens, value, char, token_type, message):
    """value without its first character, which must be char (appended to
    tokens as a terminal of token_type); else HeaderParseError(message with the
    value)."""
    if not value or value[0] != char:
        raise errors.HeaderParseError(message.format(value))
    tokens.append(ValueTerminal(char, token_type))
    return value[1:]


def get_fws(value):
    rest = value.lstrip()
    return WhiteSpaceTerminal(value[:len(value) - len(rest)], 'fws'), rest


def get_encoded_word(value):
    """encoded-word = '=?' charset '?' encoding '?' encoded-text '?='"""
    ew = EncodedWord()
    if not value.startswith('=?'):
        raise errors.HeaderParseError('expected encoded word but found {}'.format(value))
    tok, *remainder = value[2:].split('?=', 1)
    if tok == value[2:]:
        raise errors.HeaderParseError('expected encoded word but found {}'.format(value))
    rest = ''.join(remainder)
    # '?=' followed by two hex digits can be a q-encoded '=XX' in the text
    if len(rest) > 1 and rest[0] in hexdigits and rest[1] in hexdigits and tok.count('?') < 2:
        more, *remainder = rest.split('?=', 1)
        tok = tok + '?=' + more
    if len(tok.split()) > 1:
        ew.defects.append(errors.InvalidHeaderDefect('whitespace inside encoded word'))
    ew.cte = value
    value = ''.join(remainder)
    try:
        text, charset, lang, defects = _ew.decode('=?' + tok + '?=')
    except (ValueError, KeyError):
        raise _InvalidEwError("encoded word format invalid: '{}'".format(ew.cte))
    ew.charset = charset
    ew.lang = lang
    ew.defects.extend(defects)
    while text:
        if text[0] in WSP:
            token, text = get_fws(text)
        else:
            chars, *remainder = _wsp_splitter(text, 1)
            token = ValueTerminal(chars, 'vtext')
            _validate_xtext(token)
            text = ''.join(remainder)
        ew.append(token)
    if value and value[0] not in WSP:
        ew.defects.append(errors.InvalidHeaderDefect(
            'missing trailing whitespace after encoded-word'))
    return ew, value


def get_unstructured(value):
    """unstructured = (*([FWS] vchar) *WSP), with encoded words decoded. Never
    raises: anything that is not whitespace or an encoded word is vtext."""
    unstructured = UnstructuredTokenList()
    while value:
        if value[0] in WSP:
            token, value = get_fws(value)
            unstructured.append(token)
            continue
        valid_ew = True
        if value.startswith('=?'):
            try:
                token, value = get_encoded_word(value)
            except _InvalidEwError:
                valid_ew = False
            except errors.HeaderParseError:
                pass
            else:
                have_ws = True
                if unstructured and unstructured[-1].token_type != 'fws':
                    unstructured.defects.append(errors.InvalidHeaderDefect(
                        'missing whitespace before encoded word'))
                    have_ws = False
                if have_ws and len(unstructured) > 1 and \
                        unstructured[-2].token_type == 'encoded-word':
                    unstructured[-1] = EWWhiteSpaceTerminal(unstructured[-1], 'fws')
                unstructured.append(token)
                continue
        tok, *remainder = _wsp_splitter(value, 1)
        if valid_ew and rfc2047_matcher.search(tok):
            # an encoded word glued to the text before it
            tok, *remainder = value.partition('=?')
        vtext = ValueTerminal(tok, 'vtext')
        _validate_xtext(vtext)
        unstructured.append(vtext)
        value = ''.join(remainder)
    return unstructured


def get_qp_ctext(value):
    ptext, value, _ = _get_ptext_to_endchars(value, '()')
    ptext = WhiteSpaceTerminal(ptext, 'ptext')
    _validate_xtext(ptext)
    return ptext, value


def get_qcontent(value):
    ptext, value, _ = _get_ptext_to_endchars(value, '"')
    ptext = ValueTerminal(ptext, 'ptext')
    _validate_xtext(ptext)
    return ptext, value


def get_atext(value):
    m = _non_atom_end_matcher(value)
    if not m:
        raise errors.HeaderParseError("expected atext but found '{}'".format(value))
    atext = ValueTerminal(m.group(), 'atext')
    _validate_xtext(atext)
    return atext, value[m.end():]


def get_bare_quoted_string(value):
    """The '"'-delimited text (escapes removed; encoded words inside decoded,
    with a defect)."""
    if value[0] != '"':
        raise errors.HeaderParseError("expected '\"' but found '{}'".format(value))
    bqs = BareQuotedString()
    value = value[1:]
    if value and value[0] == '"':
        token, value = get_qcontent(value)
        bqs.append(token)
    while value and value[0] != '"':
        if value[0] in WSP:
            token, value = get_fws(value)
        elif value[:2] == '=?':
            try:
                token, value = get_encoded_word(value)
            except errors.HeaderParseError:
                token, value = get_qcontent(value)
            else:
                bqs.defects.append(errors.InvalidHeaderDefect('encoded word inside quoted string'))
                if len(bqs) > 1 and bqs[-1].token_type == 'fws' and \
                        bqs[-2].token_type == 'encoded-word':
                    bqs[-1] = EWWhiteSpaceTerminal(bqs[-1], 'fws')
        else:
            token, value = get_qcontent(value)
        bqs.append(token)
    if not value:
        bqs.defects.append(errors.InvalidHeaderDefect('end of header inside quoted string'))
        return bqs, value
    return bqs, value[1:]


def get_comment(value):
    if value and value[0] != '(':
        raise errors.HeaderParseError("expected '(' but found '{}'".format(value))
    comment = Comment()
    value = value[1:]
    while value and value[0] != ')':
        if value[0] in WSP:
            token, value = get_fws(value)
        elif value[0] == '(':
            token, value = get_comment(value)
        else:
            token, value = get_qp_ctext(value)
        comment.append(token)
    if not value:
        comment.defects.append(errors.InvalidHeaderDefect('end of header inside comment'))
        return comment, value
    return comment, value[1:]


def get_cfws(value):
    cfws = CFWSList()
    while value and value[0] in CFWS_LEADER:
        if value[0] in WSP:
            token, value = get_fws(value)
        else:
            token, value = get_comment(value)
        cfws.append(token)
    return cfws, value


def get_quoted_string(value):
    """quoted-string = [CFWS] '"' *([FWS] qcontent) [FWS] '"' [CFWS]"""
    qs = QuotedString()
    value = _opt_cfws(qs, value)
    token, value = get_bare_quoted_string(value)
    qs.append(token)
    value = _opt_cfws(qs, value)
    return qs, value


def _atext_or_ew(value, plain):
    if value.startswith('=?'):
        try:
            return get_encoded_word(value)
        except errors.HeaderParseError:
            pass
    return plain(value)


def get_atom(value):
    """atom = [CFWS] 1*atext [CFWS] (an encoded word counts as atext)"""
    atom = Atom()
    value = _opt_cfws(atom, value)
    if value and value[0] in ATOM_ENDS:
        raise errors.HeaderParseError("expected atom but found '{}'".format(value))
    token, value = _atext_or_ew(value, get_atext)
    atom.append(token)
    value = _opt_cfws(atom, value)
    return atom, value


def get_dot_atom_text(value):
    """dot-atom-text = 1*atext *('.' 1*atext)"""
    dat = DotAtomText()
    if not value or value[0] in ATOM_ENDS:
        raise errors.HeaderParseError(
            "expected atom at a start of dot-atom-text but found '{}'".format(value))
    while value and value[0] not in ATOM_ENDS:
        token, value = get_atext(value)
        dat.append(token)
        if value and value[0] == '.':
            dat.append(DOT)
            value = value[1:]
    if dat[-1] is DOT:
        raise errors.HeaderParseError(
            "expected atom at end of dot-atom-text but found '{}'".format('.' + value))
    return dat, value


def get_dot_atom(value):
    """dot-atom = [CFWS] dot-atom-text [CFWS]"""
    dot_atom = DotAtom()
    value = _opt_cfws(dot_atom, value)
    token, value = _atext_or_ew(value, get_dot_atom_text)
    dot_atom.append(token)
    value = _opt_cfws(dot_atom, value)
    return dot_atom, value


def get_word(value):
    """word = atom / quoted-string (the leading comments go into the word)"""
    leader, value = _take_leader(value)
    if not value:
        raise errors.HeaderParseError("Expected 'atom' or 'quoted-string' but found nothing.")
    if value[0] == '"':
        token, value = get_quoted_string(value)
    elif value[0] in SPECIALS:
        raise errors.HeaderParseError(
            "Expected 'atom' or 'quoted-string' but found '{}'".format(value))
    else:
        token, value = get_atom(value)
    if leader is not None:
        token[:0] = [leader]
    return token, value


def get_phrase(value):
    """phrase = 1*word / obs-phrase (periods and lone comments, with defects)"""
    phrase = Phrase()
    try:
        token, value = get_word(value)
        phrase.append(token)
    except errors.HeaderParseError:
        phrase.defects.append(errors.InvalidHeaderDefect('phrase does not start with word'))
    while value and value[0] not in PHRASE_ENDS:
        if value[0] == '.':
            phrase.append(DOT)
            phrase.defects.append(errors.ObsoleteHeaderDefect("period in 'phrase'"))
            value = value[1:]
            continue
        try:
            token, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] not in CFWS_LEADER:
                raise
            token, value = get_cfws(value)
            phrase.defects.append(errors.ObsoleteHeaderDefect('comment found without atom'))
        phrase.append(token)
    return phrase, value


def get_local_part(value):
    """local-part = dot-atom / quoted-string / obs-local-part"""
    local_part = LocalPart()
    leader, value = _take_leader(value)
    if not value:
        raise errors.HeaderParseError("expected local-part but found '{}'".format(value))
    try:
        token, value = get_dot_atom(value)
    except errors.HeaderParseError:
        try:
            token, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] != '\\' and value[0] in PHRASE_ENDS:
                raise
            token = TokenList()
    if leader is not None:
        token[:0] = [leader]
    local_part.append(token)
    if value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        obs, value = get_obs_local_part(str(local_part) + value)
        if obs.token_type == 'invalid-obs-local-part':
            local_part.defects.append(errors.InvalidHeaderDefect(
                'local-part is not dot-atom, quoted-string, or obs-local-part'))
        else:
            local_part.defects.append(errors.ObsoleteHeaderDefect(
                'local-part is not a dot-atom (contains CFWS)'))
        local_part[0] = obs
    try:
        local_part.value.encode('ascii')
    except UnicodeEncodeError:
        local_part.defects.append(errors.NonASCIILocalPartDefect(
            'local-part contains non-ASCII characters)'))
    return local_part, value


def get_obs_local_part(value):
    """obs-local-part = word *('.' word), and the misplaced dots and backslashes
    found in the wild (each a defect)."""
    obs = ObsLocalPart()
    last_was_dot = False
    while value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        if value[0] == '.':
            if last_was_dot:
                obs.defects.append(errors.InvalidHeaderDefect("invalid repeated '.'"))
            obs.append(DOT)
            last_was_dot = True
            value = value[1:]
            continue
        if value[0] == '\\':
            obs.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
            obs.defects.append(errors.InvalidHeaderDefect(
                "'\\' character outside of quoted-string/ccontent"))
            last_was_dot = False
            continue
        if obs and obs[-1].token_type != 'dot':
            obs.defects.append(errors.InvalidHeaderDefect("missing '.' between words"))
        try:
            token, value = get_word(value)
            last_was_dot = False
        except errors.HeaderParseError:
            if value[0] not in CFWS_LEADER:
                raise
            token, value = get_cfws(value)
        obs.append(token)
    if obs[0].token_type == 'dot' or (obs[0].token_type == 'cfws' and
                                      obs[1].token_type == 'dot'):
        obs.defects.append(errors.InvalidHeaderDefect("Invalid leading '.' in local part"))
    if obs[-1].token_type == 'dot' or (obs[-1].token_type == 'cfws' and
                                       obs[-2].token_type == 'dot'):
        obs.defects.append(errors.InvalidHeaderDefect("Invalid trailing '.' in local part"))
    if obs.defects:
        obs.token_type = 'invalid-obs-local-part'
    return obs, value


def get_dtext(value):
    ptext, value, had_qp = _get_ptext_to_endchars(value, '[]')
    ptext = ValueTerminal(ptext, 'ptext')
    if had_qp:
        ptext.defects.append(errors.ObsoleteHeaderDefect(
            'quoted printable found in domain-literal'))
    _validate_xtext(ptext)
    return ptext, value


def _check_for_early_dl_end(value, domain_literal):
    if value:
        return False
    domain_literal.append(errors.InvalidHeaderDefect('end of input inside domain-literal'))
    domain_literal.append(ValueTerminal(']', 'domain-literal-end'))
    return True


def get_domain_literal(value):
    """domain-literal = [CFWS] '[' *([FWS] dtext) [FWS] ']' [CFWS]"""
    dl = DomainLiteral()
    value = _opt_cfws(dl, value)
    if not value:
        raise errors.HeaderParseError('expected domain-literal')
    if value[0] != '[':
        raise errors.HeaderParseError(
            "expected '[' at start of domain-literal but found '{}'".format(value))
    value = value[1:]
    if _check_for_early_dl_end(value, dl):
        return dl, value
    dl.append(ValueTerminal('[', 'domain-literal-start'))
    if value[0] in WSP:
        token, value = get_fws(value)
        dl.append(token)
    token, value = get_dtext(value)
    dl.append(token)
    if _check_for_early_dl_end(value, dl):
        return dl, value
    if value[0] in WSP:
        token, value = get_fws(value)
        dl.append(token)
    if _check_for_early_dl_end(value, dl):
        return dl, value
    value = _expect(dl, value, ']', 'domain-literal-end',
                    "expected ']' at end of domain-literal but found '{}'")
    value = _opt_cfws(dl, value)
    return dl, value


def get_domain(value):
    """domain = dot-atom / domain-literal / obs-domain"""
    domain = Domain()
    leader, value = _take_leader(value)
    if not value:
        raise errors.HeaderParseError("expected domain but found '{}'".format(value))
    if value[0] == '[':
        token, value = get_domain_literal(value)
        if leader is not None:
            token[:0] = [leader]
        domain.append(token)
        return domain, value
    try:
        token, value = get_dot_atom(value)
    except errors.HeaderParseError:
        token, value = get_atom(value)
    if value and value[0] == '@':
        raise errors.HeaderParseError('Invalid Domain')
    if leader is not None:
        token[:0] = [leader]
    domain.append(token)
    if value and value[0] == '.':
        domain.defects.append(errors.ObsoleteHeaderDefect(
            'domain is not a dot-atom (contains CFWS)'))
        if domain[0].token_type == 'dot-atom':
            domain[:] = domain[0]
        while value and value[0] == '.':
            domain.append(DOT)
            token, value = get_atom(value[1:])
            domain.append(token)
    return domain, value


def get_addr_spec(value):
    """addr-spec = local-part '@' domain"""
    addr_spec = AddrSpec()
    token, value = get_local_part(value)
    addr_spec.append(token)
    if not value or value[0] != '@':
        addr_spec.defects.append(errors.InvalidHeaderDefect('addr-spec local part with no domain'))
        return addr_spec, value
    addr_spec.append(ValueTerminal('@', 'address-at-symbol'))
    token, value = get_domain(value[1:])
    addr_spec.append(token)
    return addr_spec, value


def get_obs_route(value):
    """obs-route = obs-domain-list ':'"""
    route = ObsRoute()
    while value and (value[0] == ',' or value[0] in CFWS_LEADER):
        if value[0] == ',':
            route.append(ListSeparator)
            value = value[1:]
        else:
            value = _opt_cfws(route, value)
    if not value or value[0] != '@':
        raise errors.HeaderParseError("expected obs-route domain but found '{}'".format(value))
    route.append(RouteComponentMarker)
    token, value = get_domain(value[1:])
    route.append(token)
    while value and value[0] == ',':
        route.append(ListSeparator)
        value = value[1:]
        if not value:
            break
        value = _opt_cfws(route, value)
        if value[0] == '@':
            route.append(RouteComponentMarker)
            token, value = get_domain(value[1:])
            route.append(token)
    if not value:
        raise errors.HeaderParseError('end of header while parsing obs-route')
    if value[0] != ':':
        raise errors.HeaderParseError(
            "expected ':' marking end of obs-route but found '{}'".format(value))
    route.append(ValueTerminal(':', 'end-of-obs-route-marker'))
    return route, value[1:]


def get_angle_addr(value):
    """angle-addr = [CFWS] '<' addr-spec '>' [CFWS] / obs-angle-addr"""
    aa = AngleAddr()
    value = _opt_cfws(aa, value)
    value = _expect(aa, value, '<', 'angle-addr-start', "expected angle-addr but found '{}'")
    # '<>' is allowed in some places (the null return path)
    if value[0] == '>':
        aa.append(ValueTerminal('>', 'angle-addr-end'))
        aa.defects.append(errors.InvalidHeaderDefect('null addr-spec in angle-addr'))
        return aa, value[1:]
    try:
        token, value = get_addr_spec(value)
    except errors.HeaderParseError:
        try:
            token, value = get_obs_route(value)
            aa.defects.append(errors.ObsoleteHeaderDefect(
                'obsolete route specification in angle-addr'))
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected addr-spec or obs-route but found '{}'".format(value))
        aa.append(token)
        token, value = get_addr_spec(value)
    aa.append(token)
    if value and value[0] == '>':
        value = value[1:]
    else:
        aa.defects.append(errors.InvalidHeaderDefect("missing trailing '>' on angle-addr"))
    aa.append(ValueTerminal('>', 'angle-addr-end'))
    value = _opt_cfws(aa, value)
    return aa, value


def get_display_name(value):
    display_name = DisplayName()
    token, value = get_phrase(value)
    display_name.extend(token[:])
    display_name.defects = token.defects[:]
    return display_name, value


def get_name_addr(value):
    """name-addr = [display-name] angle-addr"""
    name_addr = NameAddr()
    leader, value = _take_leader(value)
    if leader is not None and not value:
        raise errors.HeaderParseError("expected name-addr but found '{}'".format(leader))
    if value[0] != '<':
        if value[0] in PHRASE_ENDS:
            raise errors.HeaderParseError("expected name-addr but found '{}'".format(value))
        token, value = get_display_name(value)
        if not value:
            raise errors.HeaderParseError("expected name-addr but found '{}'".format(token))
        if leader is not None:
            token[0][:0] = [leader]
            leader = None
        name_addr.append(token)
    token, value = get_angle_addr(value)
    if leader is not None:
        token[:0] = [leader]
    name_addr.append(token)
    return name_addr, value


def _either(value, first, second, what):
    """first(value), else second(value), else HeaderParseError naming what."""
    try:
        return first(value)
    except errors.HeaderParseError:
        try:
            return second(value)
        except errors.HeaderParseError:
            raise errors.HeaderParseError("expected {} but found '{}'".format(what, value))


def get_mailbox(value):
    """mailbox = name-addr / addr-spec"""
    mailbox = Mailbox()
    token, value = _either(value, get_name_addr, get_addr_spec, 'mailbox')
    if any(isinstance(x, errors.InvalidHeaderDefect) for x in token.all_defects):
        mailbox.token_type = 'invalid-mailbox'
    mailbox.append(token)
    return mailbox, value


def get_invalid_mailbox(value, endchars):
    """Everything up to a character of endchars, as phrases and misplaced specials."""
    invalid = InvalidMailbox()
    while value and value[0] not in endchars:
        if value[0] in PHRASE_ENDS:
            invalid.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            invalid.append(token)
    return invalid, value


def _bad_entry(tokens, value, endchars, empty_defect, invalid_defect, wrap=None):
    """After a failed entry of an address or mailbox list: keep what is there as
    an empty entry or as an invalid mailbox, with the defect."""
    leader, value = _take_leader(value)
    if leader is not None:
        if not value or value[0] in endchars:
            tokens.append(leader)
            tokens.defects.append(errors.ObsoleteHeaderDefect(empty_defect))
            return value
    elif value[0] == ',':
        tokens.defects.append(errors.ObsoleteHeaderDefect(empty_defect))
        return value
    token, value = get_invalid_mailbox(value, endchars)
    if leader is not None:
        token[:0] = [leader]
    tokens.append(token if wrap is None else wrap([token]))
    tokens.defects.append(errors.InvalidHeaderDefect(invalid_defect))
    return value


def get_mailbox_list(value):
    """mailbox-list = (mailbox *(',' mailbox)) / obs-mbox-list"""
    mbl = MailboxList()
    while value and value[0] != ';':
        try:
            token, value = get_mailbox(value)
            mbl.append(token)
        except errors.HeaderParseError:
            value = _bad_entry(mbl, value, ',;', 'empty element in mailbox-list',
                               'invalid mailbox in mailbox-list')
        if value and value[0] not in ',;':
            mailbox = mbl[-1]
            mailbox.token_type = 'invalid-mailbox'
            token, value = get_invalid_mailbox(value, ',;')
            mailbox.extend(token)
            mbl.defects.append(errors.InvalidHeaderDefect('invalid mailbox in mailbox-list'))
        if value and value[0] == ',':
            mbl.append(ListSeparator)
            value = value[1:]
    return mbl, value


def get_group_list(value):
    """group-list = mailbox-list / CFWS / obs-group-list"""
    gl = GroupList()
    if not value:
        gl.defects.append(errors.InvalidHeaderDefect('end of header before group-list'))
        return gl, value
    leader, value = _take_leader(value)
    if leader is not None:
        if not value:
            gl.defects.append(errors.InvalidHeaderDefect('end of header in group-list'))
            gl.append(leader)
            return gl, value
        if value[0] == ';':
            gl.append(leader)
            return gl, value
    token, value = get_mailbox_list(value)
    if not token.all_mailboxes:
        if leader is not None:
            gl.append(leader)
        gl.extend(token)
        gl.defects.append(errors.ObsoleteHeaderDefect('group-list with empty entries'))
        return gl, value
    if leader is not None:
        token[:0] = [leader]
    gl.append(token)
    return gl, value


def get_group(value):
    """group = display-name ':' [group-list] ';' [CFWS]"""
    group = Group()
    token, value = get_display_name(value)
    if not value or value[0] != ':':
        raise errors.HeaderParseError(
            "expected ':' at end of group display name but found '{}'".format(value))
    group.append(token)
    group.append(ValueTerminal(':', 'group-display-name-terminator'))
    value = value[1:]
    if value and value[0] == ';':
        group.append(ValueTerminal(';', 'group-terminator'))
        return group, value[1:]
    token, value = get_group_list(value)
    group.append(token)
    if not value:
        group.defects.append(errors.InvalidHeaderDefect('end of header in group'))
    elif value[0] != ';':
        raise errors.HeaderParseError("expected ';' at end of group but found {}".format(value))
    group.append(ValueTerminal(';', 'group-terminator'))
    value = _opt_cfws(group, value[1:])
    return group, value


def get_address(value):
    """address = mailbox / group"""
    address = Address()
    token, value = _either(value, get_group, get_mailbox, 'address')
    address.append(token)
    return address, value


def get_address_list(value):
    """address-list = (address *(',' address)) / obs-addr-list; never raises:
    what does not parse becomes an invalid mailbox."""
    al = AddressList()
    while value:
        try:
            token, value = get_address(value)
            al.append(token)
        except errors.HeaderParseError:
            value = _bad_entry(al, value, ',', 'address-list entry with no content'
                               if value[0] in CFWS_LEADER else 'empty element in address-list',
                               'invalid address in address-list', wrap=Address)
        if value and value[0] != ',':
            mailbox = al[-1][0]
            mailbox.token_type = 'invalid-mailbox'
            token, value = get_invalid_mailbox(value, ',')
            mailbox.extend(token)
            al.defects.append(errors.InvalidHeaderDefect('invalid address in address-list'))
        if value:
            al.append(ListSeparator)
            value = value[1:]
    return al, value


def get_no_fold_literal(value):
    """no-fold-literal = '[' *dtext ']'"""
    nfl = NoFoldLiteral()
    if not value:
        raise errors.HeaderParseError("expected no-fold-literal but found '{}'".format(value))
    value = _expect(nfl, value, '[', 'no-fold-literal-start',
                    "expected '[' at the start of no-fold-literal but found '{}'")
    token, value = get_dtext(value)
    nfl.append(token)
    value = _expect(nfl, value, ']', 'no-fold-literal-end',
                    "expected ']' at the end of no-fold-literal but found '{}'")
    return nfl, value


def get_msg_id(value):
    """msg-id = [CFWS] '<' id-left '@' id-right '>' [CFWS]"""
    msg_id = MsgID()
    value = _opt_cfws(msg_id, value)
    value = _expect(msg_id, value, '<', 'msg-id-start', "expected msg-id but found '{}'")
    try:
        token, value = get_dot_atom_text(value)
    except errors.HeaderParseError:
        try:
            token, value = get_obs_local_part(value)
            msg_id.defects.append(errors.ObsoleteHeaderDefect('obsolete id-left in msg-id'))
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected dot-atom-text or obs-id-left but found '{}'".format(value))
    msg_id.append(token)
    if not value or value[0] != '@':
        msg_id.defects.append(errors.InvalidHeaderDefect('msg-id with no id-right'))
        if value and value[0] == '>':
            msg_id.append(ValueTerminal('>', 'msg-id-end'))
            value = value[1:]
        return msg_id, value
    msg_id.append(ValueTerminal('@', 'address-at-symbol'))
    value = value[1:]
    try:
        token, value = get_dot_atom_text(value)
    except errors.HeaderParseError:
        try:
            token, value = get_no_fold_literal(value)
        except errors.HeaderParseError:
            try:
                token, value = get_domain(value)
                msg_id.defects.append(errors.ObsoleteHeaderDefect('obsolete id-right in msg-id'))
            except errors.HeaderParseError:
                raise errors.HeaderParseError(
                    'expected dot-atom-text, no-fold-literal or obs-id-right'
                    " but found '{}'".format(value))
    msg_id.append(token)
    if value and value[0] == '>':
        value = value[1:]
    else:
        msg_id.defects.append(errors.InvalidHeaderDefect("missing trailing '>' on msg-id"))
    msg_id.append(ValueTerminal('>', 'msg-id-end'))
    value = _opt_cfws(msg_id, value)
    return msg_id, value


def parse_message_id(value):
    """message-id = 'Message-ID:' msg-id CRLF; an invalid one is kept as
    unstructured text (with a defect)."""
    message_id = MessageID()
    try:
        token, value = get_msg_id(value)
    except errors.HeaderParseError as ex:
        message_id = InvalidMessageID(get_unstructured(value))
        message_id.defects.append(errors.InvalidHeaderDefect('Invalid msg-id: {!r}'.format(ex)))
        return message_id
    message_id.append(token)
    if value:
        message_id.defects.append(errors.InvalidHeaderDefect('Unexpected {!r}'.format(value)))
    return message_id


def _version_digits(mv, value, stop, which):
    digits = ''
    while value and value[0] not in stop:
        digits += value[0]
        value = value[1:]
    if digits.isdigit():
        setattr(mv, which, int(digits))
        mv.append(ValueTerminal(digits, 'digits'))
    else:
        mv.defects.append(errors.InvalidHeaderDefect(
            'Expected MIME {} version number but found {!r}'.format(which, digits)))
        mv.append(ValueTerminal(digits, 'xtext'))
    return value


def parse_mime_version(value):
    """mime-version = [CFWS] 1*digit [CFWS] '.' [CFWS] 1*digit [CFWS]"""
    mv = MIMEVersion()
    if not value:
        mv.defects.append(errors.HeaderMissingRequiredValue(
            'Missing MIME version number (eg: 1.0)'))
        return mv
    if value[0] in CFWS_LEADER:
        value = _opt_cfws(mv, value)
        if not value:
            mv.defects.append(errors.HeaderMissingRequiredValue(
                'Expected MIME version number but found only CFWS'))
    value = _version_digits(mv, value, CFWS_LEADER | {'.'}, 'major')
    value = _opt_cfws(mv, value)
    if not value or value[0] != '.':
        if mv.major is not None:
            mv.defects.append(errors.InvalidHeaderDefect(
                'Incomplete MIME version; found only major number'))
        if value:
            mv.append(ValueTerminal(value, 'xtext'))
        return mv
    mv.append(ValueTerminal('.', 'version-separator'))
    value = _opt_cfws(mv, value[1:])
    if not value:
        if mv.major is not None:
            mv.defects.append(errors.InvalidHeaderDefect(
                'Incomplete MIME version; found only major number'))
        return mv
    value = _version_digits(mv, value, CFWS_LEADER, 'minor')
    value = _opt_cfws(mv, value)
    if value:
        mv.defects.append(errors.InvalidHeaderDefect('Excess non-CFWS text after MIME version'))
        mv.append(ValueTerminal(value, 'xtext'))
    return mv


def get_invalid_parameter(value):
    """Everything up to the next ';' (outside the grammar)."""
    param = InvalidParameter()
    while value and value[0] != ';':
        if value[0] in PHRASE_ENDS:
            param.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            param.append(token)
    return param, value


def _get_text_run(value, matcher, token_type, what):
    m = matcher(value)
    if not m:
        raise errors.HeaderParseError('expected {} but found {!r}'.format(what, value))
    text = ValueTerminal(m.group(), token_type)
    _validate_xtext(text)
    return text, value[m.end():]


def get_ttext(value):
    m = _non_token_end_matcher(value)
    if not m:
        raise errors.HeaderParseError("expected ttext but found '{}'".format(value))
    ttext = ValueTerminal(m.group(), 'ttext')
    _validate_xtext(ttext)
    return ttext, value[m.end():]


def get_token(value):
    """token = [CFWS] 1*ttext [CFWS] (RFC 2045)"""
    mtoken = Token()
    value = _opt_cfws(mtoken, value)
    if value and value[0] in TOKEN_ENDS:
        raise errors.HeaderParseError("expected token but found '{}'".format(value))
    token, value = get_ttext(value)
    mtoken.append(token)
    value = _opt_cfws(mtoken, value)
    return mtoken, value


def get_attrtext(value):
    return _get_text_run(value, _non_attribute_end_matcher, 'attrtext', 'attrtext')


def get_extended_attrtext(value):
    return _get_text_run(value, _non_extended_attribute_end_matcher, 'extended-attrtext',
                         'extended attrtext')


def _attribute(value, ends, text_getter):
    attribute = Attribute()
    value = _opt_cfws(attribute, value)
    if value and value[0] in ends:
        raise errors.HeaderParseError("expected token but found '{}'".format(value))
    token, value = text_getter(value)
    attribute.append(token)
    value = _opt_cfws(attribute, value)
    return attribute, value


def get_attribute(value):
    """attribute = [CFWS] 1*attrtext [CFWS]"""
    return _attribute(value, ATTRIBUTE_ENDS, get_attrtext)


def get_extended_attribute(value):
    """An attribute that may hold '%' (an RFC 2231 encoded value)."""
    return _attribute(value, EXTENDED_ATTRIBUTE_ENDS, get_extended_attrtext)


def get_section(value):
    """section = '*' digits (RFC 2231)"""
    section = Section()
    value = _expect(section, value, '*', 'section-marker', 'Expected section but found {}')
    if not value or not value[0].isdigit():
        raise errors.HeaderParseError('Expected section number but found {}'.format(value))
    digits = ''
    while value and value[0].isdigit():
        digits += value[0]
        value = value[1:]
    if digits[0] == '0' and digits != '0':
        section.defects.append(errors.InvalidHeaderDefect(
            'section number has an invalid leading 0'))
    section.number = int(digits)
    section.append(ValueTerminal(digits, 'digits'))
    return section, value


def get_value(value):
    """value = token / quoted-string"""
    v = Value()
    if not value:
        raise errors.HeaderParseError('Expected value but found end of string')
    leader, value = _take_leader(value)
    if not value:
        raise errors.HeaderParseError('Expected value but found only {}'.format(leader))
    if value[0] == '"':
        token, value = get_quoted_string(value)
    else:
        token, value = get_extended_attribute(value)
    if leader is not None:
        token[:0] = [leader]
    v.append(token)
    return v, value


def _quoted_extended_value(param, value):
    """An extended parameter whose value is quoted (not allowed by RFC 2231, seen
    in the wild): (list to append to, value, rest after the quotes) when the
    quoted text looks encoded, else (param, value, None)."""
    qstring, remainder = get_quoted_string(value)
    inner = qstring.stripped_value
    looks_encoded = False
    if param.section_number == 0:
        if inner and inner[0] == "'":
            looks_encoded = True
        else:
            _, rest = get_attrtext(inner)
            looks_encoded = bool(rest) and rest[0] == "'"
    else:
        try:
            _, rest = get_extended_attrtext(inner)
        except errors.HeaderParseError:
            pass
        else:
            looks_encoded = not rest
    if not looks_encoded:
        param.defects.append(errors.InvalidHeaderDefect(
            'Parameter marked as extended but appears to have a '
            'quoted string value that is non-encoded'))
        return param, value, None
    param.defects.append(errors.InvalidHeaderDefect(
        'Quoted string value for extended parameter is invalid'))
    param.append(qstring)
    for t in qstring:
        if t.token_type == 'bare-quoted-string':
            t[:] = []
            return t, inner, remainder
    return param, inner, remainder


def get_parameter(value):
    """parameter = attribute ['*' section] ['*'] '=' value, with the RFC 2231
    charset'language' prefix of an extended initial section."""
    param = Parameter()
    token, value = get_attribute(value)
    param.append(token)
    if not value or value[0] == ';':
        param.defects.append(errors.InvalidHeaderDefect(
            'Parameter contains name ({}) but no value'.format(token)))
        return param, value
    if value[0] == '*':
        try:
            token, value = get_section(value)
            param.sectioned = True
            param.append(token)
        except errors.HeaderParseError:
            pass
        if not value:
            raise errors.HeaderParseError('Incomplete parameter')
        if value[0] == '*':
            param.append(ValueTerminal('*', 'extended-parameter-marker'))
            value = value[1:]
            param.extended = True
    if value[0] != '=':
        raise errors.HeaderParseError("Parameter not followed by '='")
    param.append(ValueTerminal('=', 'parameter-separator'))
    value = _opt_cfws(param, value[1:])
    remainder = None
    appendto = param
    if param.extended and value and value[0] == '"':
        appendto, value, remainder = _quoted_extended_value(param, value)
    if value and value[0] == "'":
        token = None
    else:
        token, value = get_value(value)
    if not param.extended or param.section_number > 0:
        if not value or value[0] != "'":
            appendto.append(token)
            if remainder is not None:
                value = remainder
            return param, value
        param.defects.append(errors.InvalidHeaderDefect(
            'Apparent initial-extended-value but attribute '
            'was not marked as extended or was not initial section'))
    if not value:
        param.defects.append(errors.InvalidHeaderDefect(
            'Missing required charset/lang delimiters'))
        appendto.append(token)
        if remainder is None:
            return param, value
    else:
        if token is not None:
            for t in token:
                if t.token_type == 'extended-attrtext':
                    break
            appendto.append(t)
            param.charset = t.value
        if value[0] != "'":
            raise errors.HeaderParseError(
                'Expected RFC2231 char/lang encoding delimiter, but found {!r}'.format(value))
        appendto.append(ValueTerminal("'", 'RFC2231-delimiter'))
        value = value[1:]
        if value and value[0] != "'":
            token, value = get_attrtext(value)
            appendto.append(token)
            param.lang = token.value
            if not value or value[0] != "'":
                raise errors.HeaderParseError(
                    'Expected RFC2231 char/lang encoding delimiter, but found {}'.format(value))
        appendto.append(ValueTerminal("'", 'RFC2231-delimiter'))
        value = value[1:]
    if remainder is not None:
        # the rest of the quoted text, taken as it is
        v = Value()
        while value:
            if value[0] in WSP:
                token, value = get_fws(value)
            elif value[0] == '"':
                token = ValueTerminal('"', 'DQUOTE')
                value = value[1:]
            else:
                token, value = get_qcontent(value)
            v.append(token)
        token = v
    else:
        token, value = get_value(value)
    appendto.append(token)
    if remainder is not None:
        value = remainder
    return param, value


def parse_mime_parameters(value):
    """The ';'-separated parameters of a MIME header (never raises)."""
    mp = MimeParameters()
    while value:
        try:
            token, value = get_parameter(value)
            mp.append(token)
        except errors.HeaderParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
            if not value:
                mp.append(leader)
                return mp
            if value[0] == ';':
                if leader is not None:
                    mp.append(leader)
                mp.defects.append(errors.InvalidHeaderDefect('parameter entry with no content'))
            else:
                token, value = get_invalid_parameter(value)
                if leader:
                    token[:0] = [leader]
                mp.append(token)
                mp.defects.append(errors.InvalidHeaderDefect(
                    'invalid parameter {!r}'.format(token)))
        if value and value[0] != ';':
            param = mp[-1]
            param.token_type = 'invalid-parameter'
            token, value = get_invalid_parameter(value)
            param.extend(token)
            mp.defects.append(errors.InvalidHeaderDefect(
                'parameter with invalid trailing text {!r}'.format(token)))
        if value:
            mp.append(ValueTerminal(';', 'parameter-separator'))
            value = value[1:]
    return mp


def _find_mime_parameters(tokenlist, value):
    """Skip to the parameters after an invalid MIME value and parse them."""
    while value and value[0] != ';':
        if value[0] in PHRASE_ENDS:
            tokenlist.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            tokenlist.append(token)
    if value:
        tokenlist.append(ValueTerminal(';', 'parameter-separator'))
        tokenlist.append(parse_mime_parameters(value[1:]))


def _parameters_after(header, value, what):
    if not value:
        return header
    if value[0] != ';':
        header.defects.append(errors.InvalidHeaderDefect(
            'Only parameters are valid after {}, but found {!r}'.format(what, value)))
        if what == 'content type':
            del header.maintype, header.subtype
        _find_mime_parameters(header, value)
        return header
    header.append(ValueTerminal(';', 'parameter-separator'))
    header.append(parse_mime_parameters(value[1:]))
    return header


def _leading_token(header, value, what):
    """(token, rest) of the token a MIME header value starts with (appended to
    header); None when there is none: a defect, and the parameters after it
    are still parsed."""
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        header.defects.append(errors.InvalidHeaderDefect(
            'Expected {} but found {!r}'.format(what, value)))
        _find_mime_parameters(header, value)
        return None
    header.append(token)
    return token, value


def parse_content_type_header(value):
    """maintype '/' subtype *(';' parameter)"""
    ctype = ContentType()
    if not value:
        ctype.defects.append(errors.HeaderMissingRequiredValue(
            'Missing content type specification'))
        return ctype
    found = _leading_token(ctype, value, 'content maintype')
    if found is None:
        return ctype
    token, value = found
    if not value or value[0] != '/':
        ctype.defects.append(errors.InvalidHeaderDefect('Invalid content type'))
        if value:
            _find_mime_parameters(ctype, value)
        return ctype
    ctype.maintype = token.value.strip().lower()
    ctype.append(ValueTerminal('/', 'content-type-separator'))
    found = _leading_token(ctype, value[1:], 'content subtype')
    if found is None:
        return ctype
    token, value = found
    ctype.subtype = token.value.strip().lower()
    return _parameters_after(ctype, value, 'content type')


def parse_content_disposition_header(value):
    """disposition-type *(';' parameter)"""
    disp = ContentDisposition()
    if not value:
        disp.defects.append(errors.HeaderMissingRequiredValue('Missing content disposition'))
        return disp
    found = _leading_token(disp, value, 'content disposition')
    if found is None:
        return disp
    token, value = found
    disp.content_disposition = token.value.strip().lower()
    return _parameters_after(disp, value, 'content disposition')


def parse_content_transfer_encoding_header(value):
    """mechanism (a token), and any extra text as defects"""
    cte = ContentTransferEncoding()
    if not value:
        cte.defects.append(errors.HeaderMissingRequiredValue(
            'Missing content transfer encoding'))
        return cte
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        cte.defects.append(errors.InvalidHeaderDefect(
            'Expected content transfer encoding but found {!r}'.format(value)))
    else:
        cte.append(token)
        cte.cte = token.value.strip().lower()
    while value:
        cte.defects.append(errors.InvalidHeaderDefect(
            'Extra text after content transfer encoding'))
        if value[0] in PHRASE_ENDS:
            cte.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            cte.append(token)
    return cte


# -------------------------------------------------------------------- folding

def _steal_trailing_WSP_if_exists(lines):
    """Remove the blank at the end of the last line and return it (or '')."""
    if lines and lines[-1] and lines[-1][-1] in WSP:
        blank = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
        return blank
    return ''


def _charset_of(part, text, encoding):
    """(charset, needs_encoding) of a part's text for the policy's encoding."""
    try:
        text.encode(encoding)
        return encoding, False
    except UnicodeEncodeError:
        if any(isinstance(d, errors.UndecodableBytesDefect) for d in part.all_defects):
            return 'unknown-8bit', True
        return 'utf-8', True


def _unpack_for_folding(part):
    """The sub-tokens of a list that does not fit (a comment's text escaped)."""
    pieces = list(part)
    if part.token_type == 'comment':
        pieces = ([ValueTerminal('(', 'ptext')] +
                  [ValueTerminal(make_parenthesis_pairs(p), 'ptext')
                   if p.token_type == 'ptext' else p for p in pieces] +
                  [ValueTerminal(')', 'ptext')])
    return pieces


def _refold_parse_tree(parse_tree, *, policy):
    """The tree's text folded into lines of at most policy.max_line_length, as
    RFC 5322 wants (breaks at whitespace between the largest units that fit;
    non-ASCII text and what cannot be broken otherwise as encoded words)."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None          # where the last line's encoded word starts
    blocked = 0             # > 0 inside a part that must not become encoded words
    want_encoding = False
    unblock = Terminal('', 'wrap_as_ew_blocked')
    parts = list(parse_tree)
    while parts:
        part = parts.pop(0)
        if part is unblock:
            blocked -= 1
            continue
        tstr = str(part)
        if not want_encoding:
            specials = SPECIALSNL if part.token_type == 'ptext' else NLSET
            want_encoding = not specials.isdisjoint(tstr)
        charset, non_ascii = _charset_of(part, tstr, encoding)
        if non_ascii:
            want_encoding = True
        if part.token_type == 'mime-parameters':
            _fold_mime_parameters(part, lines, maxlen, encoding)
            continue
        if want_encoding and not blocked:
            if not part.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if part.syntactic_break:
                    encoded = part.fold(policy=policy)[:-len(policy.linesep)]
                    if policy.linesep not in encoded:
                        # on one line: this one, or the next
                        if len(encoded) > maxlen - len(lines[-1]):
                            lines.append(_steal_trailing_WSP_if_exists(lines))
                        lines[-1] += encoded
                        continue
            if not hasattr(part, 'encode'):
                parts = list(part) + parts
                want_encoding = False
                continue
            if part.as_ew_allowed:
                last_ew = _fold_as_ew(tstr, lines, maxlen, last_ew,
                                      part.ew_combine_allowed, charset)
                want_encoding = False
                continue
            # a terminal that stays as it is (a list separator)
            last_ew = None
            want_encoding = False
        if len(tstr) <= maxlen - len(lines[-1]):
            lines[-1] += tstr
            continue
        # too long: a major syntactic break goes on the next line if it fits there
        if part.syntactic_break and len(tstr) + 1 <= maxlen:
            newline = _steal_trailing_WSP_if_exists(lines)
            if newline or part.startswith_fws():
                lines.append(newline + tstr)
                last_ew = None
                continue
        if not hasattr(part, 'encode'):
            pieces = _unpack_for_folding(part)
            if not part.as_ew_allowed:
                blocked += 1
                pieces.append(unblock)
            parts = pieces + parts
            continue
        if part.as_ew_allowed and not blocked:
            # encoded words can be split where plain text cannot
            parts.insert(0, part)
            want_encoding = True
            continue
        newline = _steal_trailing_WSP_if_exists(lines)
        if newline or part.startswith_fws():
            lines.append(newline + tstr)
        else:
            lines[-1] += tstr
    return policy.linesep.join(lines) + policy.linesep


def _fold_as_ew(to_encode, lines, maxlen, last_ew, ew_combine_allowed, charset):
    """Add to_encode to lines as encoded words, joined to the encoded word that
    ends the last line when allowed; the start of the last encoded word (None if
    combining is not allowed)."""
    if last_ew is not None and ew_combine_allowed:
        to_encode = str(get_unstructured(lines[-1][last_ew:] + to_encode))
        lines[-1] = lines[-1][:last_ew]
    if to_encode[0] in WSP:
        # the blank before stays plain text
        leading = to_encode[0]
        to_encode = to_encode[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_WSP_if_exists(lines))
        lines[-1] += leading
    trailing = ''
    if to_encode[-1] in WSP:
        trailing = to_encode[-1]
        to_encode = to_encode[:-1]
    new_last_ew = len(lines[-1]) if last_ew is None else last_ew
    encode_as = 'utf-8' if charset == 'us-ascii' else charset
    chrome_len = len(encode_as) + 7     # '=?' charset '?q?' ... '?='
    if chrome_len + 1 >= maxlen:
        raise errors.HeaderParseError('max_line_length is too small to fit an encoded word')
    while to_encode:
        room = maxlen - len(lines[-1])
        text_room = room - chrome_len
        if text_room <= 0:
            lines.append(' ')
            continue
        chunk = to_encode[:text_room]
        word = _ew.encode(chunk, charset=encode_as)
        while len(word) > room:
            chunk = chunk[:-1]
            word = _ew.encode(chunk, charset=encode_as)
        lines[-1] += word
        to_encode = to_encode[len(chunk):]
        if to_encode:
            lines.append(' ')
            new_last_ew = len(lines[-1])
    lines[-1] += trailing
    return new_last_ew if ew_combine_allowed else None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Add the parameters to lines, each as 'name="value"' when it fits and can
    be written in encoding, else as RFC 2231 'name*=charset''%XX..' sections."""
    for name, value in part.params:
        # (the ';' can put the line one character over maxlen, as CPython does)
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = encoding
        handler = 'strict'
        try:
            value.encode(encoding)
            needs_encoding = False
        except UnicodeEncodeError:
            needs_encoding = True
            if utils._has_surrogates(value):
                charset = 'unknown-8bit'
                handler = 'surrogateescape'
            else:
                charset = 'utf-8'
        if needs_encoding:
            tstr = "{}*={}''{}".format(
                name, charset, urllib.parse.quote(value, safe='', errors=handler))
        else:
            tstr = '{}={}'.format(name, quote_string(value))
        if len(lines[-1]) + len(tstr) + 1 < maxlen:
            lines[-1] = lines[-1] + ' ' + tstr
            continue
        if len(tstr) + 2 <= maxlen:
            lines.append(' ' + tstr)
            continue
        # several sections, all encoded
        section = 0
        prefix = charset + "''"
        while value:
            chrome_len = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome_len + 3:
                maxlen = 78
            split = maxchars = maxlen - chrome_len - 2
            while True:
                encoded = urllib.parse.quote(value[:split], safe='', errors=handler)
                if len(encoded) <= maxchars:
                    break
                split -= 1
            lines.append(' {}*{}*={}{}'.format(name, section, prefix, encoded))
            prefix = ''
            section += 1
            value = value[split:]
            if value:
                lines[-1] += ';'
