"""Header objects of the modern email API: str subclasses that carry the parsed
meaning of their value (addresses, dates, MIME parameters...), made by a
HeaderRegistry from a header's name.

safepy's own implementation; CPython 3.11 is the oracle."""

from types import MappingProxyType

from email import errors
from email import utils
from email import _header_value_parser as parser


class Address:
    """One mailbox: display name, user name and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        given = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in given or '\n' in given:
            raise ValueError('invalid arguments; address parts cannot contain CR or LF')
        if addr_spec is not None:
            if username or domain:
                raise TypeError('addrspec specified when username and/or domain also specified')
            spec, rest = parser.get_addr_spec(addr_spec)
            if rest:
                raise ValueError("Invalid addr_spec; only '{}' could be parsed from '{}'".format(
                    spec, addr_spec))
            if spec.all_defects:
                raise spec.all_defects[0]
            username = spec.local_part
            domain = spec.domain
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        """username@domain, the user name quoted when it needs to be."""
        local = self.username
        if not parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = parser.quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        return local if local else '<>'

    def __repr__(self):
        return '{}(display_name={!r}, username={!r}, domain={!r})'.format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        if not name:
            return self.addr_spec
        spec = self.addr_spec
        return '{} <{}>'.format(name, '' if spec == '<>' else spec)

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    """A named list of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        # (CPython's repr has no closing parenthesis)
        return '{}(display_name={!r}, addresses={!r}'.format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        members = ', '.join([str(x) for x in self.addresses])
        return '{}:{};'.format(name, ' ' + members if members else '')

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)


class BaseHeader(str):
    """The str value of a header (decoded), with name, defects and the parse
    tree; a HeaderRegistry mixes it with a header kind (parse, init)."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._sanitize(kwds['decoded'])
        self = str.__new__(cls, kwds.pop('decoded'))
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    name = property(lambda self: self._name)

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (self.__class__.__name__, self.__class__.__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """'Name: value' folded by the policy's rules, with its line end."""
        header = parser.Header([parser.HeaderLabel([
            parser.ValueTerminal(self.name, 'header-name'),
            parser.ValueTerminal(':', 'header-sep')])])
        if self._parse_tree:
            header.append(parser.CFWSList([parser.WhiteSpaceTerminal(' ', 'fws')]))
        header.append(self._parse_tree)
        return header.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


def _parsed_kind(kwds, parse_tree):
    """Fill kwds for a header whose value is its parse tree's text."""
    kwds['parse_tree'] = parse_tree
    kwds['decoded'] = str(parse_tree)
    kwds['defects'].extend(parse_tree.all_defects)


class UnstructuredHeader:
    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date (RFC 5322); the value may be a datetime. .datetime is None when
    the text is not a date."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = parser.TokenList()
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                kwds['parse_tree'] = parser.TokenList()
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)
        kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    datetime = property(lambda self: self._datetime)


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups; the value may be Address and Group
    objects."""

    max_count = None

    @staticmethod
    def value_parser(value):
        address_list, rest = parser.get_address_list(value)
        assert not rest, 'this should not happen'
        return address_list

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            kwds['parse_tree'] = tree = cls.value_parser(value)
            groups = [Group(addr.display_name,
                            [Address(mb.display_name or '', mb.local_part or '',
                                     mb.domain or '') for mb in addr.all_mailboxes])
                      for addr in tree.addresses]
            defects = list(tree.all_defects)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in value]
            defects = []
        kwds['groups'] = groups
        kwds['defects'] = defects
        kwds['decoded'] = ', '.join([str(g) for g in groups])
        if 'parse_tree' not in kwds:
            kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    groups = property(lambda self: self._groups)

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError('value of single address header {} is not a single address'
                             .format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    max_count = 1
    value_parser = staticmethod(parser.parse_mime_version)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _parsed_kind(kwds, tree)
        kwds['major'] = None if tree.minor is None else tree.major
        kwds['minor'] = tree.minor
        if tree.minor is None:
            kwds['version'] = None
        else:
            kwds['version'] = '{}.{}'.format(kwds['major'], kwds['minor'])

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _parsed_kind(kwds, tree)
        if tree.params is None:
            kwds['params'] = {}
        else:
            kwds['params'] = {utils._sanitize(name).lower(): utils._sanitize(val)
                              for name, val in tree.params}

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    value_parser = staticmethod(parser.parse_content_type_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._maintype = utils._sanitize(self._parse_tree.maintype)
        self._subtype = utils._sanitize(self._parse_tree.subtype)

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    value_parser = staticmethod(parser.parse_content_disposition_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        disposition = self._parse_tree.content_disposition
        self._content_disposition = None if disposition is None else utils._sanitize(disposition)

    content_disposition = property(lambda self: self._content_disposition)


class _SingleParsedHeader:
    """A header that may appear once, whose value is its parse tree's text."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        _parsed_kind(kwds, cls.value_parser(value))


class ContentTransferEncodingHeader(_SingleParsedHeader):
    value_parser = staticmethod(parser.parse_content_transfer_encoding_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils._sanitize(self._parse_tree.cte)

    cte = property(lambda self: self._cte)


class MessageIDHeader(_SingleParsedHeader):
    value_parser = staticmethod(parser.parse_message_id)


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name is the registered kind (or
    default_class) mixed with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        """Use cls for headers called name (any case)."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        kind = self.registry.get(name.lower(), self.default_class)
        return type('_' + kind.__name__, (kind, self.base_class), {})

    def __call__(self, name, value):
        """A header object for name with value (a str, or what its kind accepts)."""
        return self[name](name, value)
