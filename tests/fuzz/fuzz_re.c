/*
 * fuzz_re.c: libFuzzer harness for re: the parser and compiler (re/_parser.py,
 * re/_compiler.py) and the matcher (re_match.c, remod.c, re_matchobj.c). Input: one mode
 * byte (bit 0 IGNORECASE, 1 MULTILINE, 2 DOTALL, 3 VERBOSE, 4 ASCII / LOCALE for bytes,
 * 5 bytes pattern and subject, 6 pos/endpos inside the subject), then the pattern, a NUL
 * and the subject (no NUL: the pattern is its own subject). Checks, besides the
 * sanitizers: compile either works or raises re.error (position inside the pattern) or
 * CPython's OverflowError for a huge repeat count; every match of match / fullmatch /
 * search / finditer is consistent (span inside [pos, endpos], group text equal to the
 * subject's slice, unset groups (-1, -1) and None, groupdict, lastindex, lastgroup,
 * expand); match implies search finds the same span; fullmatch spans [pos, endpos];
 * finditer is non-overlapping and agrees with search, findall, subn, split; sub with
 * \g<0> is the identity; re.escape(s) fullmatches s. The step budget (BudgetExceeded)
 * ends catastrophic backtracking. One interpreter serves FZ_REUSE inputs.
 */

#define FZ_REUSE 200
#define FZ_STEPS 200000
#define FZ_MAX_INPUT 1024

#include "fuzz_interp.h"
#include "fuzz_pycheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The checker (Python 3, also runs under CPython 3.11: paste it into a file with
// a loop over the corpus to compare behaviour).
static const char checker[] =
    "import re\n"
    "\n"
    "def bad(what, *info):\n"
    "    raise AssertionError(what + ': ' + ' '.join(ascii(x)[:200] for x in info))\n"
    "\n"
    "def check_match(p, m, s, pos, endpos):\n"
    "    if m.re is not p or m.string is not s or m.pos != pos or m.endpos != endpos:\n"
    "        bad('match attributes', m.re, m.pos, m.endpos)\n"
    "    a, b = m.span()\n"
    "    if not (pos <= a <= b <= endpos) or (a, b) != (m.start(), m.end()):\n"
    "        bad('span out of range', a, b, pos, endpos)\n"
    "    if m.group() != s[a:b] or m[0] != s[a:b]:\n"
    "        bad('group 0 is not the span', m.group(), a, b)\n"
    "    gs = m.groups()\n"
    "    if len(gs) != p.groups:\n"
    "        bad('groups() length', gs, p.groups)\n"
    "    for i in range(1, p.groups + 1):\n"
    "        x, y = m.span(i)\n"
    "        g = m.group(i)\n"
    "        if (x, y) == (-1, -1):\n"
    "            if g is not None or gs[i - 1] is not None:\n"
    "                bad('unset group has a value', i, g)\n"
    "        elif not (0 <= x <= y <= len(s)) or g != s[x:y] or gs[i - 1] != g:\n"
    "            bad('group span', i, x, y, g)\n"
    "    d = m.groupdict()\n"
    "    if set(d) != set(p.groupindex):\n"
    "        bad('groupdict keys', d, p.groupindex)\n"
    "    for k, i in p.groupindex.items():\n"
    "        if not 1 <= i <= p.groups or d[k] != m.group(i) or m.group(k) != m.group(i):\n"
    "            bad('named group', k, i)\n"
    "    li = m.lastindex\n"
    "    if li is not None and not 1 <= li <= p.groups:\n"
    "        bad('lastindex', li)\n"
    "    if m.lastgroup is not None and p.groupindex.get(m.lastgroup) != li:\n"
    "        bad('lastgroup', m.lastgroup, li)\n"
    "    empty = s[:0]\n"
    "    if m.expand(empty + '\\\\g<0>' if isinstance(s, str) else b'\\\\g<0>') != m.group():\n"
    "        bad('expand \\\\g<0>', m.group())\n"
    "\n"
    "def check(data):\n"
    "    if not data:\n"
    "        return\n"
    "    mode = data[0]\n"
    "    rest = data[1:]\n"
    "    pat, sep, subj = rest.partition(b'\\x00')\n"
    "    if not sep:\n"
    "        subj = pat\n"
    "    flags = 0\n"
    "    if mode & 1: flags |= re.IGNORECASE\n"
    "    if mode & 2: flags |= re.MULTILINE\n"
    "    if mode & 4: flags |= re.DOTALL\n"
    "    if mode & 8: flags |= re.VERBOSE\n"
    "    if mode & 32:  # bytes\n"
    "        if mode & 16: flags |= re.LOCALE\n"
    "        s = subj\n"
    "    else:\n"
    "        if mode & 16: flags |= re.ASCII\n"
    "        pat = pat.decode('utf-8', 'surrogateescape')\n"
    "        s = subj.decode('utf-8', 'surrogateescape')\n"
    "    try:\n"
    "        p = re.compile(pat, flags)\n"
    "    except re.error as e:\n"
    "        if not isinstance(e.msg, str) or (e.pos is not None and not 0 <= e.pos <= len(pat)):\n"
    "            bad('bad re.error', e.msg, e.pos)\n"
    "        return\n"
    "    except OverflowError as e:\n"
    "        if 'too large' not in str(e):\n"
    "            raise\n"
    "        return\n"
    "    except ValueError as e:\n"
    "        # flags that cannot go together, inline ones included: (?u) with re.ASCII\n"
    "        if 'incompatible' not in str(e) and 'flag with a' not in str(e):\n"
    "            raise\n"
    "        return\n"
    "    if p.pattern != pat or p.groups < 0:\n"
    "        bad('pattern attributes', p.pattern, p.groups)\n"
    "    n = len(s)\n"
    "    if mode & 64:\n"
    "        pos, endpos = n // 3, n - n // 4\n"
    "    else:\n"
    "        pos, endpos = 0, n\n"
    "    m = p.match(s, pos, endpos)\n"
    "    if m is not None:\n"
    "        check_match(p, m, s, pos, endpos)\n"
    "        if m.start() != pos:\n"
    "            bad('match() not at pos', m.span(), pos)\n"
    "    f = p.fullmatch(s, pos, endpos)\n"
    "    if f is not None:\n"
    "        check_match(p, f, s, pos, endpos)\n"
    "        if f.span() != (pos, endpos):\n"
    "            bad('fullmatch() span', f.span(), pos, endpos)\n"
    "    se = p.search(s, pos, endpos)\n"
    "    if se is not None:\n"
    "        check_match(p, se, s, pos, endpos)\n"
    "    if m is not None and (se is None or se.span() != m.span()):\n"
    "        bad('search() disagrees with match()', m, se)\n"
    "    if se is None and f is not None:\n"
    "        bad('fullmatch without search', f)\n"
    "    ms = list(p.finditer(s, pos, endpos))\n"
    "    last = pos\n"
    "    for x in ms:\n"
    "        check_match(p, x, s, pos, endpos)\n"
    "        if x.start() < last:\n"
    "            bad('finditer overlaps', x.span(), last)\n"
    "        last = x.end()\n"
    "    if ms and se is not None and ms[0].span() != se.span():\n"
    "        bad('finditer first != search', ms[0].span(), se.span())\n"
    "    if (se is None) != (not ms):\n"
    "        bad('finditer disagrees with search', se, len(ms))\n"
    "    fa = p.findall(s, pos, endpos)\n"
    "    if len(fa) != len(ms):\n"
    "        bad('findall count', len(fa), len(ms))\n"
    "    for x, y in zip(fa, ms):\n"
    "        want = y.group() if p.groups == 0 else y.groups(s[:0])[0] if p.groups == 1 else y.groups(s[:0])\n"
    "        if x != want:\n"
    "            bad('findall item', x, want)\n"
    "    if pos != 0 or endpos != n:\n"
    "        return\n"
    "    r, k = p.subn(lambda mm: s[:0], s)\n"
    "    if k != len(ms) or len(r) != n - sum(len(x.group()) for x in ms):\n"
    "        bad('subn with empty replacement', k, len(ms), r)\n"
    "    ident = '\\\\g<0>' if isinstance(s, str) else b'\\\\g<0>'\n"
    "    if p.sub(ident, s) != s:\n"
    "        bad('sub \\\\g<0> changes the subject', s)\n"
    "    parts = p.split(s)\n"
    "    if len(parts) != 1 + len(ms) * (1 + p.groups):\n"
    "        bad('split count', len(parts), len(ms), p.groups)\n"
    "    try:\n"
    "        p.sub(s, s, 3)  # the subject as a template: escapes, group references\n"
    "    except re.error:\n"
    "        pass\n"
    "    except IndexError as e:\n"
    "        if 'unknown group name' not in str(e):\n"
    "            raise\n"
    "    e = re.escape(s)\n"
    "    if re.fullmatch(e, s) is None:\n"
    "        bad('escape does not match itself', s, e)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FZ_MAX_INPUT) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    fz_pycheck(I, checker, data, size);
    return 0;
}
