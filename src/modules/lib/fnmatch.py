# fnmatch: Unix shell-style wildcards (* ? [seq] [!seq]) matched by translating the
# pattern to a regular expression (the same text CPython 3.11's translate() produces).
# Names are not case-normalised: this is the POSIX behaviour of CPython.

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def _matcher(pat):
    m = _compiled.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'ISO-8859-1'))
            m = re.compile(bytes(res, 'ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[pat] = m
    return m


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    match = _matcher(pat)
    return [n for n in names if match(n)]


def _set_text(stuff):
    neg = stuff.startswith('!')
    body = stuff[1:] if neg else stuff
    items = []
    i = 0
    n = len(body)
    while i < n:
        if i + 2 < n and body[i + 1] == '-':
            if body[i] <= body[i + 2]:
                items.append(_esc(body[i]) + '-' + _esc(body[i + 2]))
            i += 3
        else:
            items.append(_esc(body[i]))
            i += 1
    text = ''.join(items)
    text = re.sub(r'([&~|])', r'\\\1', text)
    if not text:
        return '.' if neg else '(?!)'
    if neg:
        return '[^' + text + ']'
    if text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def _esc(c):
    if c == '\\':
        return '\\\\'
    if c == '-':
        return '\\-'
    return c


def translate(pat):
    parts = []      # literal regex text pieces, with None for each '*'
    cur = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            parts.append(''.join(cur))
            cur = []
            if not parts or parts[-1] is not None or len(parts) < 2:
                parts.append(None)
            while i < n and pat[i] == '*':
                i += 1
        elif c == '?':
            cur.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                cur.append('\\[')
            else:
                cur.append(_set_text(pat[i:j]))
                i = j + 1
        else:
            cur.append(re.escape(c))
    parts.append(''.join(cur))
    # parts: text (None text)* with None marking the stars.
    texts = [p for p in parts if p is not None]
    if len(texts) == 1:
        res = texts[0]
    else:
        res = texts[0]
        for mid in texts[1:-1]:
            res += '(?>.*?' + mid + ')'
        res += '.*' + texts[-1]
    return '(?s:%s)\\Z' % res
