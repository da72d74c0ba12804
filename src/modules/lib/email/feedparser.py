"""FeedParser: text fed in pieces, a Message object model at close().

safepy's own implementation; CPython 3.11 is the oracle.  The text is kept until
close() and then parsed as a whole (the result is the same as an incremental
parse).  Malformed input gives the same defects as CPython's parser where the
probes cover it (docs/notes/email15.md)."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

NLCRE = re.compile(r'\r\n|\r|\n')
NLCRE_bol = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
# a header line: 'From ', a name and ':', or a continuation
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EMPTYSTRING = ''


def _split_lines(text):
    """text as lines, each with its line end ('\\r\\n', '\\r' or '\\n')."""
    parts = NLCRE_crack.split(text)
    lines = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _strip_eol(text):
    found = NLCRE_eol.search(text)
    return text[:-len(found.group(0))] if found else text


# readline()'s answer when a BufferedSubFile has no complete line yet
NeedMoreData = object()


class BufferedSubFile:
    """Text pushed in pieces, read back a line at a time: a line is readable
    once its line end is there (a final '\r' waits for a possible '\n').
    readline() gives NeedMoreData until then, '' at the end (after close(), or
    where an end-of-part test pushed with push_eof_matcher matches)."""

    def __init__(self):
        self._partial = []
        self._lines = []
        self._eofstack = []
        self._closed = False

    def push_eof_matcher(self, pred):
        self._eofstack.append(pred)

    def pop_eof_matcher(self):
        return self._eofstack.pop()

    def close(self):
        self._take_lines(EMPTYSTRING.join(self._partial), final=True)
        self._partial = []
        self._closed = True

    def readline(self):
        if not self._lines:
            return '' if self._closed else NeedMoreData
        line = self._lines.pop(0)
        for at_eof in reversed(self._eofstack):
            if at_eof(line):
                self._lines.insert(0, line)
                return ''
        return line

    def unreadline(self, line):
        assert line is not NeedMoreData
        self._lines.insert(0, line)

    def push(self, data):
        self._partial.append(data)
        if '\n' in data or '\r' in data:
            self._take_lines(EMPTYSTRING.join(self._partial), final=False)

    def _take_lines(self, text, final):
        pieces = _split_lines(text)
        self._partial = []
        if pieces and not final and not pieces[-1].endswith('\n'):
            self._partial = [pieces.pop()]
        self._lines.extend(pieces)

    def pushlines(self, lines):
        self._lines.extend(lines)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line == '':
            raise StopIteration
        return line


class FeedParser:
    """Parse a message fed with feed(); close() returns the root Message."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._factory_kwds = {'policy': policy}
        if _factory is None:
            factory = policy.message_factory
            if factory is None:
                from email.message import Message as factory
            self._factory = factory
        else:
            self._factory = _factory
            try:
                _factory(policy=policy)
            except TypeError:
                # a factory of the old kind, without a policy argument
                self._factory_kwds = {}
        self._chunks = []
        self._headersonly = False
        self._closed = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add text to the message."""
        self._chunks.append(data)

    def close(self):
        """Parse what was fed; return the root message."""
        if self._closed is None:
            lines = _split_lines(EMPTYSTRING.join(self._chunks))
            self._chunks = []
            root = self._new_message()
            self._parse(root, lines, 0, len(lines))
            if root.get_content_maintype() == 'multipart' and not root.is_multipart():
                # (also when only the headers were parsed, as CPython does)
                self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
            self._closed = root
        return self._closed

    def _new_message(self, default_type=None):
        msg = self._factory(**self._factory_kwds)
        if default_type is not None:
            msg.set_default_type(default_type)
        return msg

    def _parse(self, msg, lines, start, end):
        """Parse lines[start:end] into msg: its headers, then its body."""
        pos = self._parse_headers(msg, lines, start, end)
        if self._headersonly:
            msg.set_payload(EMPTYSTRING.join(lines[pos:end]))
            return
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            self._parse_delivery_status(msg, lines, pos, end)
        elif msg.get_content_maintype() == 'message':
            sub = self._new_message()
            self._parse(sub, lines, pos, end)
            msg.attach(sub)
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, lines, pos, end)
        else:
            msg.set_payload(EMPTYSTRING.join(lines[pos:end]))

    def _parse_headers(self, msg, lines, start, end):
        """Read the header block at lines[start:]; return where the body starts."""
        block = []
        pos = start
        while pos < end:
            line = lines[pos]
            if not headerRE.match(line):
                if NLCRE.match(line):
                    pos += 1    # the blank line ending the headers
                else:
                    msg.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                break
            block.append(line)
            pos += 1
        if self._store_headers(msg, block):
            # the last header line ('From ...') is the body's first line, the blank line
            # after it (if any) consumed: it takes that line's place
            from_line = block[-1]
            pos -= 1
            lines[pos] = from_line
        return pos

    def _store_headers(self, msg, block):
        """Set the headers of a block of header lines on msg; return 1 when its
        last line ('From ...' at the end) belongs to the body instead."""
        name_lines = []
        for index, line in enumerate(block):
            if line[0] in ' \t':
                if not name_lines:
                    msg.policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                name_lines.append(line)
                continue
            if name_lines:
                msg.set_raw(*self.policy.header_source_parse(name_lines))
                name_lines = []
            if line.startswith('From '):
                if index == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if index == len(block) - 1:
                    return 1
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if line.find(':') == 0:
                msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            name_lines = [line]
        if name_lines:
            msg.set_raw(*self.policy.header_source_parse(name_lines))
        return 0

    def _parse_delivery_status(self, msg, lines, pos, end):
        """Each blank-line separated block of the body is a message (its header lines,
        then the rest of the block as its body); an empty body is one empty message."""
        while True:
            sub = self._new_message()
            block_end = pos
            while block_end < end and not NLCRE.match(lines[block_end]):
                block_end += 1
            self._parse(sub, lines, pos, block_end)
            msg.attach(sub)
            pos = block_end + 1
            if pos >= end:
                break

    def _parse_multipart(self, msg, lines, pos, end):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(EMPTYSTRING.join(lines[pos:end]))
            return
        if str(msg.get('content-transfer-encoding', '8bit')).lower() not in ('7bit', '8bit', 'binary'):
            msg.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        boundary_re = re.compile(
            '(?P<sep>' + re.escape('--' + boundary) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        # where the boundary lines are: (index, is the close boundary, its line
        # end, where the next part starts); boundary lines right after a
        # boundary are skipped, a close one included
        marks = []
        index = pos
        stop = end      # where the text ends when no part starts
        while index < end:
            found = boundary_re.match(lines[index])
            index += 1
            if not found:
                continue
            if found.group('end'):
                if not marks:
                    stop = index - 1    # closed before any part: what follows is dropped
                    break
                marks.append((index - 1, True, found.group('linesep'), index))
                break
            boundary_at = index - 1
            while index < end and boundary_re.match(lines[index]):
                index += 1
            marks.append((boundary_at, False, None, index))
        if not marks:
            msg.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(EMPTYSTRING.join(lines[pos:stop]))
            msg.epilogue = ''
            return
        first = marks[0][0]
        if first > pos:
            preamble = lines[pos:first]
            preamble[-1] = _strip_eol(preamble[-1])
            msg.preamble = EMPTYSTRING.join(preamble)
        default = 'message/rfc822' if msg.get_content_subtype() == 'digest' else None
        closed = marks[-1][1]
        part_ends = [mark[0] for mark in marks[1:]]
        if not closed:
            part_ends.append(end)
        starts = [mark[3] for mark in marks if not mark[1]]
        for part_start, part_end in zip(starts, part_ends):
            part = self._new_message(default)
            self._parse(part, lines, part_start, part_end)
            self._drop_final_eol(part)
            msg.attach(part)
        if not closed:
            msg.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        close_index, _, linesep, _ = marks[-1]
        epilogue = ([''] if linesep else []) + lines[close_index + 1:end]
        if epilogue:
            epilogue[0] = NLCRE_bol.sub('', epilogue[0], count=1) \
                if NLCRE_bol.match(epilogue[0]) else epilogue[0]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _drop_final_eol(self, part):
        """The line end before a boundary belongs to the boundary (the text of a
        message/* part is its last message's)."""
        while part.get_content_maintype() == 'message' and part.is_multipart() \
                and part.get_payload():
            part = part.get_payload()[-1]
        if part.get_content_maintype() == 'multipart':
            epilogue = part.epilogue
            if epilogue == '':
                part.epilogue = None
            elif epilogue is not None:
                part.epilogue = _strip_eol(epilogue)
            return
        payload = part._payload
        if isinstance(payload, str):
            part._payload = _strip_eol(payload)


class BytesFeedParser(FeedParser):
    """Like FeedParser, fed bytes (undecodable ones kept as surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
