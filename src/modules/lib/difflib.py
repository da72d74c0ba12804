"""difflib: helpers for computing deltas (our own implementation).

SequenceMatcher finds the longest matching block (ignoring "junk" and, with
autojunk, elements that are too popular in b), then recurses on both sides;
opcodes, grouped hunks, unified/context diffs and Differ (ndiff) are all
derived from those matching blocks, reproducing CPython 3.11's output.
"""

import re as _re
import heapq as _heapq
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        b2j = {}
        for i, elt in enumerate(b):
            lst = b2j.get(elt)
            if lst is None:
                lst = b2j[elt] = []
            lst.append(i)
        junk = set()
        if self.isjunk:
            for elt in list(b2j):
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt, idxs in b2j.items():
                if len(idxs) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.b2j = b2j
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        runs = {}
        empty = []
        for i in range(alo, ahi):
            newruns = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                newruns[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = newruns
        # Grow the match with equal non-junk neighbours, then junk ones.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo
                   and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti -= 1
                bestj -= 1
                bestsize += 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        blocks = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                blocks.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        out = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                out.append(('replace', i, ai, j, bj))
            elif i < ai:
                out.append(('delete', i, ai, j, bj))
            elif j < bj:
                out.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        self.opcodes = out
        return out

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        else:
            codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum([m[-1] for m in self.get_matching_blocks()])
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        full = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                num = avail[elt]
            else:
                num = full.get(elt, 0)
            avail[elt] = num - 1
            if num > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            result.append((s.ratio(), x))
    result = _heapq.nlargest(n, result)
    return [x for score, x in result]


def _keep_original_ws(s, tags):
    return ''.join([c if t == " " and c.isspace() else t
                    for c, t in zip(s, tags)])


class Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in m.get_opcodes():
            if tag == 'replace':
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                g = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                g = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                g = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from g

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        best_ratio, cutoff = 0.74, 0.75
        m = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            m.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                m.set_seq1(ai)
                if (m.real_quick_ratio() > best_ratio
                        and m.quick_ratio() > best_ratio
                        and m.ratio() > best_ratio):
                    best_ratio, best_i, best_j = m.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = []
            btags = []
            m.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in m.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                elif tag == 'equal':
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aelt, belt, ''.join(atags), ''.join(btags))
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


_line_junk = _re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_line_junk.match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '%d' % beginning
    if not length:
        beginning -= 1
    return '%d,%d' % (beginning, length)


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return '%d' % beginning
    return '%d,%d' % (beginning, beginning + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fd = '\t' + fromfiledate if fromfiledate else ''
            td = '\t' + tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fd, lineterm)
            yield '+++ %s%s%s' % (tofile, td, lineterm)
        first, last = group[0], group[-1]
        r1 = _format_range_unified(first[1], last[2])
        r2 = _format_range_unified(first[3], last[4])
        yield '@@ -%s +%s @@%s' % (r1, r2, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fd = '\t' + fromfiledate if fromfiledate else ''
            td = '\t' + tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fd, lineterm)
            yield '--- %s%s%s' % (tofile, td, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]), lineterm)
        if any(g[0] in ('replace', 'delete') for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]), lineterm)
        if any(g[0] in ('replace', 'insert') for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' %
                   (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]


# ---- side by side differences: _mdiff and HtmlDiff ----
#
# _mdiff reads ndiff's lines and pairs them into rows (from side, to side, changed?).
# Each side is (line number, text) with the changes marked inside the text: '\0+',
# '\0-' or '\0^' opens an added, deleted or changed span and '\1' closes it. Rows pad a
# shorter block with blank sides ('', '\n') so that the lines after a change line up.

_GUIDE_RUN = _re.compile(r'\++|-+|\^+')


def _guided_marks(line, guide):
    # [line] ('- x' or '+ x') with the spans its '? ' [guide] line points at marked
    out = []
    pos = 0
    for run in _GUIDE_RUN.finditer(guide):
        start, end = run.span()
        out.append(line[pos:start])
        out.append('\0' + guide[start] + line[start:end] + '\1')
        pos = end
    out.append(line[pos:])
    return ''.join(out)[2:]


class _SideRows:
    # Turns ndiff's lines into sides, counting line numbers per side. The decision for
    # the next line depends on the kinds (first characters) of up to four lines ahead.

    def __init__(self, delta):
        self._delta = iter(delta)
        self._ahead = []
        self._numbers = [0, 0]

    def _kinds(self):
        while len(self._ahead) < 4:
            self._ahead.append(next(self._delta, 'X'))
        return ''.join(line[0] for line in self._ahead)

    def _side(self, which, text):
        self._numbers[which] += 1
        return (self._numbers[which], text)

    def _plain(self, which):
        return self._side(which, self._ahead.pop(0)[2:])

    def _whole(self, which, kind):
        # a line added or deleted as a whole: the span covers it (a space if empty)
        text = self._ahead.pop(0)[2:] or ' '
        return self._side(which, '\0' + kind + text + '\1')

    def _guided(self, which):
        line = self._ahead.pop(0)
        guide = self._ahead.pop(0)
        return self._side(which, _guided_marks(line, guide))

    def __iter__(self):
        # [owed] counts the blank sides a block still owes: below zero, blank "to"
        # sides (more lines were deleted than added), above zero blank "from" sides.
        owed = 0
        blank = ('', '\n')
        while True:
            kinds = self._kinds()
            last = None
            if kinds[0] == 'X':
                flush = owed
            elif kinds.startswith('-?+?'):
                yield self._guided(0), self._guided(1), True
                continue
            elif kinds.startswith('--++'):
                owed -= 1
                yield self._whole(0, '-'), None, True
                continue
            elif kinds.startswith(('--?+', '--+', '- ')):
                last = (self._whole(0, '-'), None)
                flush, owed = owed - 1, 0
            elif kinds.startswith('-+?'):
                yield self._plain(0), self._guided(1), True
                continue
            elif kinds.startswith('-?+'):
                yield self._guided(0), self._plain(1), True
                continue
            elif kinds[0] == '-':
                owed -= 1
                yield self._whole(0, '-'), None, True
                continue
            elif kinds.startswith('+--'):
                owed += 1
                yield None, self._whole(1, '+'), True
                continue
            elif kinds.startswith(('+ ', '+-')):
                last = (None, self._whole(1, '+'))
                flush, owed = owed + 1, 0
            elif kinds[0] == '+':
                owed += 1
                yield None, self._whole(1, '+'), True
                continue
            else:
                # an unchanged line, on both sides
                text = self._ahead[0][2:]
                self._numbers[0] += 1
                yield (self._numbers[0], text), self._plain(1), False
                continue
            for _ in range(-flush):
                yield None, blank, True
            for _ in range(flush):
                yield blank, None, True
            if last is None:
                return
            yield last[0], last[1], True


def _paired_rows(delta):
    # the sides of _SideRows, paired in order; a row is changed if either side is
    froms, tos = [], []
    for from_side, to_side, changed in _SideRows(delta):
        if from_side is not None:
            froms.append((from_side, changed))
        if to_side is not None:
            tos.append((to_side, changed))
        if froms and tos:
            (from_side, from_changed), (to_side, to_changed) = froms.pop(0), tos.pop(0)
            yield from_side, to_side, from_changed or to_changed


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Yields the side by side rows ((from number, from text), (to number, to text),
    changed) of ndiff(fromlines, tolines), changes marked in the texts ('\\0+', '\\0-',
    '\\0^' open an added, deleted, changed span, '\\1' closes it). With [context] lines,
    only changed rows and that many rows around them come, groups parted by
    (None, None, None)."""
    rows = _paired_rows(ndiff(fromlines, tolines, linejunk, charjunk))
    if context is None:
        yield from rows
        return
    keep = context + 1      # rows kept before a change: the context and the change
    while True:
        recent = []
        seen = 0
        changed = False
        while not changed:
            row = next(rows, None)
            if row is None:
                return
            changed = row[2]
            recent.append(row)
            seen += 1
            if len(recent) > keep:
                recent.pop(0)
        if seen > keep:
            yield None, None, None
        yield from recent
        after = context
        while after:
            row = next(rows, None)
            if row is None:
                return
            after = context if row[2] else after - 1
            yield row


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_HTML_SPANS = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
               ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))


class HtmlDiff(object):
    """For producing HTML side by side comparison with change highlights.

    make_table gives the table of a side by side, line by line comparison (all lines,
    or with context only the changes and the lines around them); make_file a whole
    HTML page holding it.
    """

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0     # numbers the anchors of each table made (a class counter)

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        """Returns an HTML page with the side by side table of make_table."""
        page = self._file_template % dict(
            styles=self._styles, legend=self._legend, charset=charset,
            table=self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                  numlines=numlines))
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # Tabs become as many tab characters as the stop needs (spaces stay spaces, so
        # that the diff still sees a tab changed into spaces); '\n' goes.
        def expand(line):
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        # Appends (line_num, text) cut into pieces of wrapcolumn visible characters,
        # the later ones numbered '>'; a cut inside a span closes and reopens it.
        width = self._wrapcolumn
        while line_num:
            if len(text) <= width or len(text) - 3 * text.count('\0') <= width:
                break
            i = visible = 0
            kind = ''
            while visible < width and i < len(text):
                if text[i] == '\0':
                    kind = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    kind = ''
                    i += 1
                else:
                    i += 1
                    visible += 1
            head, text = text[:i], text[i:]
            if kind:
                head += '\1'
                text = '\0' + kind + text
            data_list.append((line_num, head))
            line_num = '>'
        data_list.append((line_num, text))

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            froms, tos = [], []
            self._split_line(froms, *fromdata)
            self._split_line(tos, *todata)
            for i in range(max(len(froms), len(tos))):
                yield (froms[i] if i < len(froms) else ('', ' '),
                       tos[i] if i < len(tos) else ('', ' '), flag)

    def _collect_lines(self, diffs):
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            try:
                from_cell = self._format_line(0, flag, *fromdata)
                to_cell = self._format_line(1, flag, *todata)
            except TypeError:
                # a context break (None, None, None)
                from_cell = to_cell = None
            fromlist.append(from_cell)
            tolist.append(to_cell)
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        # the number and text cells of one side; numbered lines get an anchor id
        try:
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            anchor = ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = number + 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        # The "next" column: each change gets an anchor numlines rows before it, and the
        # row where it starts links to the next one; 'f' (first) and 't' (top) links.
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        start = 0
        previous = False
        for i, flag in enumerate(flaglist):
            if flag and not previous:
                start = i
                next_id[max(0, i - numlines)] = (' id="difflib_chg_%s_%d"'
                                                 % (toprefix, changes))
                changes += 1
                next_href[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
            previous = bool(flag)
        if not flaglist:
            flaglist, next_id, next_href, start = [False], [''], [''], 0
            if context:
                fromlist = tolist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[start] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """Returns an HTML table comparing the lists of lines side by side, changes
        highlighted; with [context], only the changes and [numlines] lines around them
        (otherwise [numlines] places the "next" anchors that many lines early)."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            *self._collect_lines(diffs), context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                        '<td class="diff_next">%s</td>%s</tr>\n'
                        % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        header_row = ''
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                          % (fromdesc, todesc))
        table = self._table_template % dict(data_rows=''.join(rows), header_row=header_row,
                                            prefix=self._prefix[1])
        for mark, html in _HTML_SPANS:
            table = table.replace(mark, html)
        return table
