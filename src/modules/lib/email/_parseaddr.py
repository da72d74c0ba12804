"""RFC 2822 address lists and dates, as email.utils (compat32) reads them.

safepy's own implementation: a scanner over the header text with one method per
grammar element (phrase, quoted string, comment, domain literal, addr-spec,
route-addr, group).  CPython 3.11 is the oracle for the results, including its
lenient handling of malformed input.
"""

import calendar
import time

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
           'oct', 'nov', 'dec']
_LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']

# zone names of RFC 822 (military zones other than Z are not honoured), as +hhmm
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _month_number(word):
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    if word in _LONG_MONTHS:
        return _LONG_MONTHS.index(word) + 1
    return 0


def _split_clock(tm):
    """'hh:mm[:ss]' (or with dots) as three strings, or None."""
    if tm.endswith(','):
        tm = tm[:-1]
    parts = tm.split(':')
    if len(parts) == 1 and '.' in tm:
        parts = tm.split('.')
    if len(parts) == 2:
        parts.append('0')
    if len(parts) != 3:
        return None
    return parts


def _zone_seconds(tz):
    """A zone word as an offset in seconds east of UTC, or None if unknown
    (or '-0000', which RFC 2822 defines as 'no zone information')."""
    tz = tz.upper()
    if tz in _ZONES:
        hhmm = _ZONES[tz]
    else:
        try:
            hhmm = int(tz)
        except ValueError:
            return None
        if hhmm == 0 and tz.startswith('-'):
            return None
    sign = -1 if hhmm < 0 else 1
    hhmm = abs(hhmm)
    return sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)


def _parsedate_tz(data):
    """The fields of an RFC 2822 date as a list of 10 (zone offset possibly None),
    or None when the text is not a date."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(',') or first.lower() in _DAYS:
        del words[0]
    else:
        comma = first.rfind(',')
        if comma >= 0:
            words[0] = first[comma + 1:]
    if len(words) == 3:
        # RFC 850: dd-Mon-yy hh:mm:ss zone
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    month = _month_number(mm)
    if not month:
        dd, mm = mm, dd
        month = _month_number(mm)
        if not month:
            return None
    if dd.endswith(','):
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy.endswith(','):
        yy = yy[:-1]
    if not yy or not yy[0].isdigit():
        yy, tz = tz, yy
    if not tm:
        return None
    clock = _split_clock(tm)
    if clock is None:
        return None
    try:
        year = int(yy)
        day = int(dd)
        hour, minute, second = int(clock[0]), int(clock[1]), int(clock[2])
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1, _zone_seconds(tz)]


def parsedate_tz(data):
    """Convert a date string to a 10-tuple (the last item the zone offset in
    seconds, 0 when unknown), or None."""
    fields = _parsedate_tz(data)
    if not fields:
        return fields
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """Convert a date string to a 9-tuple usable by time.mktime, or None."""
    fields = _parsedate_tz(data)
    if isinstance(fields, list):
        return tuple(fields[:9])
    return fields


def mktime_tz(data):
    """Turn a 10-tuple as returned by parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape backslashes and double quotes for a quoted-string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


_SPECIALS = '()<>@,:;."[]'
_SPACE = ' \t'
_CRLF = '\r\n'
_ATOM_ENDS = _SPECIALS + _SPACE + _CRLF
_PHRASE_ENDS = _ATOM_ENDS.replace('.', '')


class AddrlistClass:
    """Scanner of an RFC 2822 address list.

    getaddrlist() returns the (name, address) pairs; names come from the phrase
    before a route-addr or, for a bare addr-spec, from the comments around it.
    """

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.specials = _SPECIALS
        self.atomends = _ATOM_ENDS
        self.phraseends = _PHRASE_ENDS
        self.commentlist = []

    def _at(self, chars):
        return self.pos < len(self.field) and self.field[self.pos] in chars

    def gotonext(self):
        """Skip white space, newlines and comments (comments are kept); return
        the blanks skipped."""
        blanks = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _SPACE + '\n\r':
                if c in _SPACE:
                    blanks.append(c)
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return ''.join(blanks)

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            found = self.getaddress()
            if found:
                result.extend(found)
            else:
                result.append(('', ''))
        return result

    def getaddress(self):
        self.commentlist = []
        self.gotonext()
        start, comments_before = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        found = []
        if self.pos >= len(self.field):
            if phrase:
                found = [(' '.join(self.commentlist), phrase[0])]
        elif self.field[self.pos] in '.@':
            # a bare addr-spec: read it again as one
            self.pos, self.commentlist = start, comments_before
            spec = self.getaddrspec()
            found = [(' '.join(self.commentlist), spec)]
        elif self.field[self.pos] == ':':
            # a group: its members, up to ';'
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at(';'):
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif self.field[self.pos] == '<':
            route = self.getrouteaddr()
            name = ' '.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            found = [(name, route)]
        elif phrase:
            found = [(' '.join(self.commentlist), phrase[0])]
        elif self.field[self.pos] in self.specials:
            self.pos += 1
        self.gotonext()
        if self._at(','):
            self.pos += 1
        return found

    def getrouteaddr(self):
        """A route-addr '<[@route,...:]addr-spec>' (the route is dropped)."""
        if not self._at('<'):
            return None
        in_route = False
        self.pos += 1
        self.gotonext()
        spec = ''
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                in_route = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part ['@' domain], local-part words joined as written."""
        parts = []
        self.gotonext()
        while self.pos < len(self.field):
            c = self.field[self.pos]
            keep_blanks = True
            if c == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_blanks = False
            elif c == '"':
                parts.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self.getatom())
            blanks = self.gotonext()
            if keep_blanks and blanks:
                parts.append(blanks)
        local = ''.join(parts)
        if not self._at('@'):
            return local
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            # the domain was refused (e.g. a second '@'): no address at all
            return ''
        return local + '@' + domain

    def getdomain(self):
        """Dotted atoms and domain literals; an embedded '@' refuses the domain."""
        parts = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _SPACE:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return ''
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return ''.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """Text between beginchar and one of endchars; backslash quotes a character,
        nested comments are kept with their parentheses when allowcomments."""
        if not self._at(beginchar):
            return ''
        out = ['']
        escaped = False
        self.pos += 1
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if escaped:
                out.append(c)
                escaped = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
            self.pos += 1
        return ''.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        ends = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in ends:
            self.pos += 1
        # (joined: the field can be a list, whose items are then the characters)
        return ''.join(self.field[start:self.pos])

    def getphraselist(self):
        """Words of a phrase (quoted strings unquoted); dots stay inside words."""
        words = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _SPACE + _CRLF:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """An address list with its parsed pairs in .addresslist."""

    def __init__(self, field):
        super().__init__(field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        merged = AddressList(None)
        merged.addresslist = self.addresslist[:]
        merged.addresslist += [a for a in other.addresslist if a not in self.addresslist]
        return merged

    def __iadd__(self, other):
        self.addresslist += [a for a in other.addresslist if a not in self.addresslist]
        return self

    def __sub__(self, other):
        rest = AddressList(None)
        rest.addresslist = [a for a in self.addresslist if a not in other.addresslist]
        return rest

    def __isub__(self, other):
        self.addresslist = [a for a in self.addresslist if a not in other.addresslist]
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
