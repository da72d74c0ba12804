# textwrap: filling and wrapping paragraphs (TextWrapper, wrap, fill, shorten), dedent and
# indent, producing the same lines as CPython 3.11.

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '
_WS_CLASS = '[\\t\\n\\x0b\\x0c\\r ]'
_NON_WS = '[^\\t\\n\\x0b\\x0c\\r ]'
_WORD_PUNCT = '[\\w!"\'&.,?]'
_LETTER = '[^\\d\\W]'

# A chunk is a run of whitespace, an em-dash (two or more hyphens) between words, or a
# word that may end after a hyphen inside a hyphenated word (letters on both sides).
_CHUNK = (
    '(' + _WS_CLASS + '+'
    + '|(?<=' + _WORD_PUNCT + ')-{2,}(?=\\w)'
    + '|' + _NON_WS + '+?(?:'
    + '-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))'
    + '(?=' + _LETTER + '-?' + _LETTER + ')'
    + '|(?=' + _WS_CLASS + '|\\Z)'
    + '|(?<=' + _WORD_PUNCT + ')(?=-{2,}\\w)'
    + '))')


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))
    wordsep_re = re.compile(_CHUNK)
    wordsep_simple_re = re.compile('(' + _WS_CLASS + '+)')
    sentence_end_re = re.compile('[a-z][\\.\\!\\?][\\"\\\']?\\Z')

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            parts = self.wordsep_re.split(text)
        else:
            parts = self.wordsep_simple_re.split(text)
        return [p for p in parts if p]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                h = chunk.rfind('-', 0, space_left)
                if h > 0 and chunk[:h].strip('-'):
                    end = h + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks = list(reversed(chunks))
        while chunks:
            line = []
            size = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            while chunks:
                n = len(chunks[-1])
                if size + n > width:
                    break
                line.append(chunks.pop())
                size += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_ok = (not chunks or (self.drop_whitespace and len(chunks) == 1
                                      and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (last_ok and size <= width)):
                lines.append(ind + ''.join(line))
                continue
            placed = False
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(ind + ''.join(line))
                    placed = True
                    break
                size -= len(line[-1])
                line.pop()
            if not placed:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(ind + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_blank_line = re.compile('^[ \t]+$', re.MULTILINE)
_indent_of = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    text = _blank_line.sub('', text)
    margin = None
    for ind in _indent_of.findall(text):
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            ok = line.strip()
        else:
            ok = predicate(line)
        out.append(prefix + line if ok else line)
    return ''.join(out)
