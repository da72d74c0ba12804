"""email.message.Message: a message's headers (an ordered list) and payload.

safepy's own implementation of the compat32 Message; CPython 3.11 is the oracle.
"""

__all__ = ['Message', 'EmailMessage']

import binascii
import quopri
import re
from io import BytesIO, StringIO
from base64 import b64decode

from email import errors, utils
from email import charset as _charset
from email._policybase import compat32

Charset = _charset.Charset

SEMISPACE = '; '

# characters that force a parameter value into quotes
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    """(value, parameters) of a header value: the text before and after its
    first ';' (None when there is none)."""
    value, sep, rest = str(param).partition(';')
    if not sep:
        return value.strip(), None
    return value.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """'param=value' for a header, quoted when asked or needed; a non-ASCII value
    or an RFC 2231 (charset, language, value) triple becomes 'param*=...'."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    """The ';'-separated items of a header value ('name=value' with the name
    lowered); a ';' inside a quoted string does not separate."""
    s = ';' + str(s)
    items = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        item = s[:end]
        if '=' in item:
            eq = item.index('=')
            item = item[:eq].strip().lower() + '=' + item[eq + 1:].strip()
        items.append(item.strip())
        s = s[end:]
    return items


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _join_params(params):
    return SEMISPACE.join(params)


def _decode_b(encoded):
    """Bytes of a base64 body as lenient as mail readers are: missing padding is
    added, bad characters are skipped (each case recorded as a defect)."""
    pad_err = len(encoded) % 4
    padding = b'==='[:4 - pad_err] if pad_err else b''
    try:
        return (b64decode(encoded + padding, validate=True),
                [errors.InvalidBase64PaddingDefect()] if pad_err else [])
    except binascii.Error:
        pass
    try:
        return b64decode(encoded, validate=False), [errors.InvalidBase64CharactersDefect()]
    except binascii.Error:
        pass
    try:
        return (b64decode(encoded + b'==', validate=False),
                [errors.InvalidBase64CharactersDefect(), errors.InvalidBase64PaddingDefect()])
    except binascii.Error:
        return encoded, [errors.InvalidBase64LengthDefect()]


def _decode_uu(data):
    """The bytes of a uuencoded body ('begin MODE NAME' ... 'end', what is decoded when
    the 'end' line is missing); None if malformed (no begin line with an octal mode, an
    empty line inside, a line that does not decode)."""
    lines = iter(data.splitlines())
    for line in lines:
        if line.startswith(b'begin '):
            mode = line[6:].partition(b' ')[0]
            try:
                int(mode, 8)
            except ValueError:
                continue
            break
    else:
        return None
    out = []
    for line in lines:
        if not line:
            return None     # truncated
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # some encoders write a few garbage characters: keep the length's worth
            nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
            try:
                out.append(binascii.a2b_uu(line[:nbytes]))
            except binascii.Error:
                return None
    return b''.join(out)


class Message:
    """A message: headers (name, value) in order, and a payload that is a string,
    or a list of Message objects for a multipart."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text (headers not folded unless maxheaderlen), by
        email.generator.Generator with the message's policy or the given one."""
        from email.generator import Generator
        policy = self.policy if policy is None else policy
        out = StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The message as bytes, by email.generator.BytesGenerator."""
        from email.generator import BytesGenerator
        policy = self.policy if policy is None else policy
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def __len__(self):
        return len(self._headers)

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # payload

    def attach(self, payload):
        """Add a subpart to a multipart payload."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a"
                            " non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (the i-th subpart of a multipart); with decode, the bytes
        after undoing the Content-Transfer-Encoding (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                # the bytes of a parsed 8bit body
                bpayload = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = bpayload.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = bpayload.decode('ascii', 'replace')
            elif decode:
                try:
                    bpayload = payload.encode('ascii')
                except UnicodeError:
                    bpayload = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return quopri.decodestring(bpayload)
        if cte == 'base64':
            value, defects = _decode_b(b''.join(bpayload.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            decoded = _decode_uu(bpayload)
            return bpayload if decoded is None else decoded
        if isinstance(payload, str):
            return bpayload
        return payload

    def set_payload(self, payload, charset=None):
        """Set the payload (bytes are kept as surrogate-escaped text); with a
        charset, encode a str payload and call set_charset()."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Set the charset of the payload: adds MIME-Version, Content-Type's
        charset and Content-Transfer-Encoding, and encodes the payload."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        payload = self._payload
        if payload:
            try:
                payload = payload.encode('ascii', 'surrogateescape')
            except UnicodeError:
                payload = payload.encode(charset.output_charset)
        self._payload = charset.body_encode(payload)
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # headers, as a mapping whose keys are case-insensitive and may repeat

    def __getitem__(self, name):
        """The first header of that name (None if there is none)."""
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a header (an existing one of the same name stays)."""
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = sum(1 for k, _ in self._headers if k.lower() == lname)
            if found >= max_count:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of that name (no error when there is none)."""
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, _ in self._headers)

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Append a header without the policy's processing."""
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header of that name, in order (failobj if there is none)."""
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v)
                 for k, v in self._headers if k.lower() == lname]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Append a header with parameters: keyword name_x=value becomes
        'name-x="value"' (just 'name-x' when the value is None)."""
        parts = []
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _formatparam(key, value))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append(self.policy.header_store_parse(_name, _join_params(parts)))

    def replace_header(self, _name, _value):
        """Replace the value of the first header of that name (KeyError if none)."""
        lname = _name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # content type and parameters

    def get_content_type(self):
        """'maintype/subtype' lowered; the default type when there is no
        Content-Type, text/plain when it is not valid."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for item in _parseparam(value):
            name, eq, val = item.partition('=')
            params.append((name.strip(), val.strip()) if eq else (item.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """(name, value) of the header's value and parameters; failobj if absent."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of one parameter of the header (an RFC 2231 one as a
        (charset, language, value) triple), or failobj."""
        if header not in self:
            return failobj
        lparam = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == lparam:
                return _unquotevalue(v) if unquote else v
        return failobj

    def _store_params(self, header, value, replace=False):
        """Put the rebuilt value of a parameterised header in place."""
        if value == self.get(header):
            return
        if replace:
            self.replace_header(header, value)
        else:
            del self[header]
            self[header] = value

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set a parameter of the header (added at the end when new); with a
        charset, the value is written RFC 2231 encoded."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            new = _formatparam(param, value, requote)
            ctype = _join_params([ctype, new]) if ctype else new
        else:
            lparam = param.lower()
            ctype = _join_params([
                _formatparam(param, value, requote) if old.lower() == lparam
                else _formatparam(old, old_value, requote)
                for old, old_value in self.get_params(header=header, unquote=requote)])
        self._store_params(header, ctype, replace)

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from the header (the header stays)."""
        if header not in self:
            return
        lparam = param.lower()
        new = _join_params([_formatparam(p, v, requote)
                            for p, v in self.get_params(header=header, unquote=requote)
                            if p.lower() != lparam])
        self._store_params(header, new)

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the 'maintype/subtype' of the header, keeping its parameters;
        MIME-Version is set to 1.0 for Content-Type."""
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name, or failobj."""
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type, or failobj."""
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set Content-Type's boundary in place (HeaderParseError without one)."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        new_params = [('boundary', quoted) if k.lower() == 'boundary' else (k, v)
                      for k, v in params]
        if not any(k.lower() == 'boundary' for k, _ in params):
            new_params.append(('boundary', quoted))
        value = _join_params([k if v == '' else '%s=%s' % (k, v) for k, v in new_params])
        self._headers = [self.policy.header_store_parse(k, value)
                         if k.lower() == 'content-type' else (k, v)
                         for k, v in self._headers]

    def get_content_charset(self, failobj=None):
        """Content-Type's charset lowered, or failobj (also when not ASCII)."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = str(charset[2].encode('raw-unicode-escape'), charset[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of every part of the message (walk order)."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """Content-Disposition's value lowered, or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A MIME part of the modern API (policy email.policy.default unless given):
    content through the policy's content manager, header objects."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """The flattened part; headers folded at the policy's max_line_length
        unless maxheaderlen is given."""
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        return disposition is not None and disposition.content_disposition == 'attachment'

    def _find_body(self, part, preferencelist):
        """(rank in preferencelist, part) of the candidate bodies under part."""
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        # (CPython tests self, not part, for being multipart)
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for subpart in part.iter_parts():
                yield from self._find_body(subpart, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        candidate = None
        start = part.get_param('start')
        if start:
            for subpart in part.iter_parts():
                if subpart['content-id'] == start:
                    candidate = subpart
                    break
        if candidate is None:
            subparts = part.get_payload()
            candidate = subparts[0] if subparts else None
        if candidate is not None:
            yield from self._find_body(candidate, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate body (the earliest type of preferencelist found),
        or None."""
        best = len(preferencelist)
        body = None
        for rank, part in self._find_body(self, preferencelist):
            if rank < best:
                best = rank
                body = part
                if rank == 0:
                    break
        return body

    _body_types = {('text', 'plain'), ('text', 'html'),
                   ('multipart', 'related'), ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts of a multipart that are not candidate bodies."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        try:
            parts = payload.copy()
        except AttributeError:
            return          # a multipart whose payload is text
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) != len(parts):
                    yield from others
                    return
            parts.pop(0)
            yield from parts
            return
        seen = []           # only the first part of each body type is a body
        for part in parts:
            maintype, subtype = part.get_content_type().split('/')
            if (maintype, subtype) in self._body_types and \
                    not part.is_attachment() and subtype not in seen:
                seen.append(subtype)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        """Make this part multipart/subtype; its content (the content-* headers
        and payload) becomes its first part."""
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes + (subtype,):
                raise ValueError('Cannot convert {} to {}'.format(existing, subtype))
        keep = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        moved = [(n, v) for n, v in self._headers if n.lower().startswith('content-')]
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if self.get_content_maintype() != 'multipart' or \
                self.get_content_subtype() != _subtype:
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message: set_content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
