"""Miscellaneous helpers of the email package: addresses, dates, RFC 2231.

safepy's own implementation; CPython 3.11 is the oracle for its results.
"""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'unquote',
]

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz, parsedate, parsedate_tz, quote
from email._parseaddr import _parsedate_tz

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if s holds surrogate escapes (undecodable bytes of a header)."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    """Turn surrogate escapes back into replacement characters."""
    original_bytes = string.encode('utf-8', 'surrogateescape')
    return original_bytes.decode('utf-8', 'replace')


def formataddr(pair, charset='utf-8'):
    """The value of an address header for a (realname, address) pair; a
    non-ASCII name becomes an RFC 2047 encoded word of charset."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if specialsre.search(name):
        name = '"%s"' % escapesre.sub(r'\\\g<0>', name)
    return '%s <%s>' % (name, address)


def _iter_escaped_chars(text):
    """(position, character) pairs of text, a backslash pair as one item (at
    the position of its second character); a final lone backslash is an item."""
    escaped = False
    for pos, ch in enumerate(text):
        if escaped:
            yield pos, '\\' + ch
            escaped = False
        elif ch == '\\':
            escaped = True
        else:
            yield pos, ch
    if escaped:
        yield len(text) - 1, '\\'


def _strip_quoted_realnames(text):
    """text without its double-quoted strings (their commas and parentheses
    say nothing about the address list's shape)."""
    if '"' not in text:
        return text
    kept = []
    start = 0
    opened = None
    for pos, ch in _iter_escaped_chars(text):
        if ch != '"':
            continue
        if opened is None:
            opened = pos
            continue
        if start != opened:
            kept.append(text[start:opened])
        start = pos + 1
        opened = None
    if start < len(text):
        kept.append(text[start:])
    return ''.join(kept)


def _check_parenthesis(text):
    """True if the comments outside quoted strings are balanced."""
    depth = 0
    for _, ch in _iter_escaped_chars(_strip_quoted_realnames(text)):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _strict_values(values):
    # an unbalanced comment makes the whole value unparsable
    return [v if _check_parenthesis(v) else "('', '')" for v in values]


def _strict_pairs(pairs):
    # a domain literal is refused in strict mode
    return [('', '') if '[' in pair[1] else pair for pair in pairs]


def getaddresses(fieldvalues, *, strict=True):
    """(realname, address) pairs of the given header values; in strict mode a
    value that does not parse cleanly gives [('', '')]."""
    if not strict:
        return _AddressList(COMMASPACE.join(str(v) for v in fieldvalues)).addresslist
    values = _strict_values([str(v) for v in fieldvalues])
    pairs = _strict_pairs(_AddressList(COMMASPACE.join(values)).addresslist)
    expected = sum(1 + _strip_quoted_realnames(v).count(',') for v in values)
    if len(pairs) != expected:
        return [('', '')]
    return pairs


# getaddresses and parseaddr take strict= (the CVE-2023-27043 fix)
supports_strict_parsing = True


def parseaddr(addr, *, strict=True):
    """(realname, address) of one address; ('', '') when it does not parse."""
    if not strict:
        pairs = _AddressList(addr).addresslist
        return pairs[0] if pairs else ('', '')
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    pairs = _strict_pairs(_AddressList(_strict_values([addr])[0]).addresslist)
    if len(pairs) != 1:
        return ('', '')
    return pairs[0]


def unquote(str):
    """Remove one level of double quotes (with their escapes) or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
               'Oct', 'Nov', 'Dec']


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _WEEKDAYS[timetuple[6]], timetuple[2], _MONTH_ABBR[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for a POSIX time (now by default): UTC with zone -0000,
    'GMT' when usegmt, the local zone when localtime."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime (a naive one gets the zone -0000)."""
    fields = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(fields, zone)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID '<time.pid.random[.idstring]@domain>'."""
    stamp = int(time.time() * 100)
    pid = os.getpid()
    token = random.getrandbits(64)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        try:
            domain = socket.getfqdn()
        except OSError:
            # safepy has no resolver: the host name is not known
            domain = 'localhost'
    return '<%d.%d.%d%s@%s>' % (stamp, pid, token, suffix, domain)


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date (naive when the zone is -0000 or unknown)."""
    fields = _parsedate_tz(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone; a naive dt is
    taken as local time (isdst >= 0 says whether summer time is in effect)."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    seconds = time.mktime(dt.timetuple()[:-1] + (isdst,))
    local = time.localtime(seconds)
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
    return dt.replace(tzinfo=zone)


def encode_rfc2231(s, charset=None, language=None):
    """s %-encoded as an RFC 2231 value, charset'language' prefixed when given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


def decode_rfc2231(s):
    """[charset, language, text] of an RFC 2231 value; (None, None, s) without ticks."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


_continuation_re = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations (name*0*, name*1, ...) of a parameter list.

    params is a list of (name, value) with the first item the main value; a joined
    parameter's value becomes (charset, language, quoted text)."""
    result = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        found = _continuation_re.match(name)
        if not found:
            result.append((name, '"%s"' % quote(value)))
            continue
        key, num = found.group('name', 'num')
        if num is not None:
            num = int(num)
        if key not in pieces:
            pieces[key] = []
            order.append(key)
        pieces[key].append((num, value, encoded))
    for key in order:
        parts = pieces[key]
        parts.sort(key=lambda part: (part[0] is not None, part[0] or 0))
        texts = []
        any_encoded = False
        for num, text, encoded in parts:
            if encoded:
                text = urllib.parse.unquote(text, encoding='latin-1')
                any_encoded = True
            texts.append(text)
        joined = quote(EMPTYSTRING.join(texts))
        if any_encoded:
            charset, language, joined = decode_rfc2231(joined)
            result.append((key, (charset, language, '"%s"' % joined)))
        else:
            result.append((key, '"%s"' % joined))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """The text of a parameter value, an RFC 2231 triple decoded with its charset."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)
