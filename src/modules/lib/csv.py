"""csv: comma-separated values reader and writer (our own implementation).

The reader is a character state machine fed one line at a time, the writer
quotes and escapes each field according to the dialect.  Both follow the
behaviour and error messages of CPython 3.11's _csv module.
"""

import re as _re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
           "field_size_limit", "get_dialect", "list_dialects",
           "register_dialect", "unregister_dialect", "reader", "writer",
           "DictReader", "DictWriter", "Sniffer", "__version__", "__doc__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = "_csv"

_dialects = {}
_limit = [131072]

_ATTRS = ("delimiter", "quotechar", "escapechar", "doublequote",
          "skipinitialspace", "lineterminator", "quoting", "strict")


def _char(name, v, allow_none):
    if v is None and allow_none:
        return None
    if not isinstance(v, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(v).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Dia:
    """A validated, immutable set of formatting parameters (CPython's _csv.Dialect: what
    get_dialect returns and reader/writer .dialect is; read-only, not copyable)."""

    __slots__ = _ATTRS

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")

    def __init__(self, base, kw):
        # fields are set once, here, past the read-only __setattr__
        _set = object.__setattr__
        vals = {}
        for a in _ATTRS:
            if a in kw:
                vals[a] = kw[a]
            elif base is not None and hasattr(base, a):
                vals[a] = getattr(base, a)
        d = vals.get("delimiter", ",")
        _set(self, 'delimiter', _char("delimiter", d, False))
        _set(self, 'escapechar', _char("escapechar", vals.get("escapechar"), True))
        _set(self, 'doublequote', bool(vals.get("doublequote", True)))
        _set(self, 'skipinitialspace', bool(vals.get("skipinitialspace", False)))
        lt = vals.get("lineterminator", "\r\n")
        if lt is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        _set(self, 'lineterminator', lt)
        q = vals.get("quoting", QUOTE_MINIMAL)
        if type(q) is not int:  # as CPython, exactly an int (not a bool)
            raise TypeError('"quoting" must be an integer')
        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        qc = vals.get("quotechar", '"') if "quotechar" in vals else '"'
        _set(self, 'quotechar', _char("quotechar", qc, True))
        if self.quotechar is None:
            # no quote character: quoting is off unless explicitly asked for
            if "quoting" not in vals:
                q = QUOTE_NONE
            elif q != QUOTE_NONE:
                raise TypeError("quotechar must be set if quoting enabled")
        _set(self, 'quoting', q)
        _set(self, 'strict', bool(vals.get("strict", False)))


_Dia.__name__ = _Dia.__qualname__ = 'Dialect'
_Dia.__module__ = '_csv'


def _make_dialect(dialect, kw):
    for k in kw:
        if k not in _ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _Dia(dialect, kw)


class Dialect:
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False
    _name = ""
    _valid = False

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        try:
            _Dia(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kw)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# reader states
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def _fast(self):
        # Plain dialects can split a whole line with str methods.
        d = self.dialect
        return d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace

    def _fast_line(self, line):
        d = self.dialect
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return None
        if d.quotechar is not None and d.quotechar in body:
            return None
        if d.escapechar is not None and d.escapechar in body:
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        limit = _limit[0]
        if len(body) > limit:
            for f in fields:
                if len(f) > limit:
                    return None
        return fields

    def _save_field(self):
        f = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            f = float(f)
        self._fields.append(f)

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._field.append(c)

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD and self._fast:
                fast = self._fast_line(line)
                if fast is not None:
                    self._fields = fast
                    break
            for c in line:
                state = self._step(state, c)
            state = self._step(state, None)
            if state == _START_RECORD:
                break
        f = self._fields
        self._fields = []
        return f

    def _step(self, state, c):
        d = self.dialect
        if state == _START_RECORD:
            if c is None:
                return _START_RECORD
            if c == '\n' or c == '\r':
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == ' ' and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            if d.quoting == QUOTE_NONNUMERIC:
                self._numeric = True
            self._add(c)
            return _IN_FIELD
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                return _AFTER_ESCAPED_CRNL
            if c is None:
                c = '\n'
            self._add(c)
            return _IN_FIELD
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return _AFTER_ESCAPED_CRNL
            return self._step(_IN_FIELD, c)
        if state == _IN_FIELD:
            if c == '\n' or c == '\r' or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            self._add(c)
            return _IN_FIELD
        if state == _IN_QUOTED_FIELD:
            if c is None:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED_FIELD
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    return _QUOTE_IN_QUOTED_FIELD
                return _IN_FIELD
            self._add(c)
            return _IN_QUOTED_FIELD
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add(c)
            return _IN_QUOTED_FIELD
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                return _IN_QUOTED_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            if c == '\n' or c == '\r' or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if not d.strict:
                self._add(c)
                return _IN_FIELD
            raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        if state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                return _EAT_CRNL
            if c is None:
                return _START_RECORD
            raise Error("new-line character seen in unquoted field - do you "
                        "need to open the file in universal-newline mode?")
        raise Error("internal csv state error")


def reader(csvfile, dialect=None, **kw):
    it = iter(csvfile)
    return _Reader(it, _make_dialect(dialect, kw))


def _is_number(x):
    # Mirrors PyNumber_Check: complex, or convertible with __index__,
    # __int__ or __float__.
    if isinstance(x, complex):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        self._special = (dialect.delimiter, dialect.quotechar,
                         dialect.escapechar) + tuple(dialect.lineterminator)

    def _field(self, field, quoted):
        d = self.dialect
        for c in self._special:
            if c is not None and c in field:
                break
        else:
            if quoted:
                return d.quotechar + field + d.quotechar
            return field
        out = []
        for c in field:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        s = "".join(out)
        if quoted:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                s = ""
            elif type(field) is float:
                s = repr(field)
            else:
                s = str(field)
            parts.append(self._field(s, quoted and d.quotechar is not None))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for r in rows:
            self.writerow(r)


def writer(csvfile, dialect=None, **kw):
    w = getattr(csvfile, "write", None)
    if w is None or not callable(w):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(w, _make_dialect(dialect, kw))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header row.

    The guesses are CPython's: first from quoted fields (which quote character, which
    character sits next to the quotes, whether a space follows it), else from how
    consistently each character occurs per line over chunks of ten lines."""

    def __init__(self):
        # on a tie, the first of these wins
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample; Error when no delimiter shows."""
        # every record separator counts as a line end
        sample = sample.replace('\r\n', '\n').replace('\r', '\n')
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # the quote character defaults to '"' when the sample has no quoted field
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    # A quoted field with the delimiter on both sides, at a line start, at a line end, or
    # alone on its line: the first pattern with any match decides. A field's body ends at
    # the first quote that is not doubled, as for a reader (possessive, so a long sample
    # is scanned once, not from every start).
    _BODY = r'(?:(?P=quote){2}|(?!(?P=quote)).)*+'
    _QUOTED = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\'])%s(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\'])%s(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\'])%s(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\'])%s(?P=quote)(?:$|\n)',
    )

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted fields
        of data; ('', False, None, 0) when it has none."""
        found = None
        for pattern in self._QUOTED:
            rx = _re.compile(pattern % self._BODY, _re.DOTALL | _re.MULTILINE)
            found = list(rx.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quote_votes = {}
        delim_votes = {}
        spaced = 0
        names = rx.groupindex
        for m in found:
            q = m.group('quote')
            if q:
                quote_votes[q] = quote_votes.get(q, 0) + 1
            d = m.group('delim') if 'delim' in names else None
            if d and (delimiters is None or d in delimiters):
                delim_votes[d] = delim_votes.get(d, 0) + 1
            if 'space' in names and m.group('space'):
                spaced += 1
        quotechar = max(quote_votes, key=quote_votes.get)
        if delim_votes:
            delim = max(delim_votes, key=delim_votes.get)
            skipinitialspace = delim_votes[delim] == spaced
            if delim == '\n':
                # a newline next to every quoted field: most likely one column per line
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # doubled quotes inside a whole quoted field (from a delimiter or line start to a
        # delimiter or line end, so a match cannot slide across fields) mean doublequote
        doublequote = False
        if delim:
            field = _re.compile(
                r"(?:(?<=%s)|^)%s%s((?:%s%s|[^%s]++)*+)%s(?:%s|$)"
                % (_re.escape(delim), ' *+' if delim != ' ' else '', quotechar,
                   quotechar, quotechar, quotechar, quotechar, _re.escape(delim)),
                _re.MULTILINE)
            doubled = quotechar * 2
            doublequote = any(doubled in m.group(1) for m in field.finditer(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from character frequencies: a character that
        occurs the same number of times on (nearly) every line, judged over growing
        chunks of ten lines; ('', 0) when none does."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # per character: {count on a line: how many lines had that count}
        freq = {}
        modes = {}
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    ch = chr(code)
                    table = freq.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freq.items():
                counts = list(table.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                if len(counts) > 1:
                    # the most frequent count, its support reduced by the other lines
                    top = max(counts, key=lambda item: item[1])
                    counts.remove(top)
                    modes[ch] = (top[0], top[1] - sum(item[1] for item in counts))
                else:
                    modes[ch] = counts[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, support) in modes.items():
                    if count > 0 and support > 0 and support / total >= consistency and \
                            (delimiters is None or ch in delimiters):
                        delims[ch] = (count, support)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, self._spaced(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, self._spaced(lines[0], d))
        # no preferred one: the highest (count, support), then the largest character
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, self._spaced(lines[0], delim))

    @staticmethod
    def _spaced(line, delim):
        # skipinitialspace: every delimiter on the first line is followed by a space
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Does the sample start with a header? Columns whose values (past the first
        row, up to 21 rows) are all numbers, or all of one length, vote: a first-row
        cell that breaks the pattern says header, one that fits says data."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        kinds = dict.fromkeys(range(columns))
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        # not consistent: this column cannot tell
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
