"""traceback (safepy implementation): extract, format and print stack traces.

The text of each entry (with CPython 3.11's ^~~ markers) and of whole reports comes from
the core's formatter through the C module _traceback, so it matches what an uncaught
exception prints.
"""

import sys
import _traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = ('\nThe above exception was the direct cause of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, another exception occurred:\n\n')
_sentinel = object()
_HEADER = 'Traceback (most recent call last):\n'


class _Bare(Exception):
    pass


def _entry_text(tb):
    # One entry as the core formats it: a bare exception carrying a one-entry traceback.
    e = _Bare()
    e.__traceback__ = _traceback.single(tb)
    text = _traceback.format(e, True)
    if text.startswith(_HEADER):
        text = text[len(_HEADER):]
    end = text.rstrip('\n').rfind('\n')
    return text[:end + 1] if end >= 0 else ''


def _file(file):
    return sys.stderr if file is None else file


def _print_lines(lines, file):
    file = _file(file)
    for line in lines:
        file.write(line)


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._text = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame, innermost first
    (f=None: the caller's stack; frames are stand-ins carrying f_code, f_globals,
    f_lineno)."""
    if f is None:
        # As CPython 3.11: start four frames out from this generator's own frame.
        entries = []
        tb = _traceback.stack_tb(4)
        while tb is not None:
            entries.append(tb)
            tb = tb.tb_next
        for tb in reversed(entries):
            yield tb.tb_frame, tb.tb_lineno
        return
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, 'f_back', None)


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _summaries(tb, limit, carets=True):
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    result = StackSummary()
    for t in entries:
        filename, lineno, name, lasti, globals_ = _traceback.tb_info(t)
        fs = FrameSummary(filename, lineno, name, lookup_line=False)
        if carets:
            fs._text = _entry_text(t)
        result.append(fs)
    return result


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            if limit is not None and limit >= 0 and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None and limit < 0:
            result = klass(result[limit:])
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            text = frame_summary._text
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed entries from the
    traceback."""
    return _summaries(tb, _tb_limit(limit))


def _tb_limit(limit):
    # An explicit negative limit keeps the last entries; a negative sys.tracebacklimit
    # keeps none (as CPython's StackSummary extraction)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples for
    printing."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    _print_lines(format_tb(tb, limit), file)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is not None:
        return StackSummary.extract(walk_stack(f), limit=limit)
    tb = _traceback.stack_tb(1)
    stack = _summaries(tb, None, False)
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is not None:
        return format_list(extract_stack(f, limit))
    tb = _traceback.stack_tb(1)
    stack = _summaries(tb, None, False)
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack.format()


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is not None:
        _print_lines(format_list(extract_stack(f, limit)), file)
        return
    tb = _traceback.stack_tb(1)
    stack = _summaries(tb, None, False)
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    _print_lines(stack.format(), file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _only_lines(value):
    """The exception-only elements of a report, as TracebackException builds them (3.11:
    no "Did you mean" suggestions, unlike the interpreter's own report)."""
    etype = type(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ('__main__', 'builtins'):
        if not isinstance(smod, str):
            smod = '<unknown>'
        stype = smod + '.' + stype
    if issubclass(etype, SyntaxError):
        lines = _syntax_error_lines(value, stype)
    else:
        valuestr = _safe_string(value, 'exception')
        if not valuestr:
            lines = ['%s\n' % stype]
        else:
            lines = ['%s: %s\n' % (stype, valuestr)]
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                lines += [l + '\n' for l in note.split('\n')]
        else:
            lines.append(_safe_string(notes, '__notes__', func=repr))
    return lines


def _syntax_error_lines(value, stype):
    """A SyntaxError's location, source line and carets, as TracebackException formats
    them (which differs from the interpreter's own report for odd offsets)."""
    lines = []
    suffix = ''
    if value.lineno is not None:
        lines.append('  File "%s", line %s\n' % (value.filename or '<string>', value.lineno))
    elif value.filename is not None:
        suffix = ' (%s)' % (value.filename,)
    text = value.text
    if text is not None:
        stripped = text.rstrip('\n')
        shown = stripped.lstrip(' \n\f')
        indent = len(stripped) - len(shown)
        lines.append('    %s\n' % (shown,))
        offset = value.offset
        if offset is not None:
            end = value.end_offset
            if end is None or end == 0:
                end = offset
            if end == offset or end == -1:
                end = offset + 1
            col = offset - 1 - indent
            if col >= 0:
                # tabs and other white space kept so the carets line up
                pad = ''.join(c if c.isspace() else ' ' for c in shown[:col])
                lines.append('    %s%s\n' % (pad, '^' * (end - 1 - indent - col)))
    lines.append('%s: %s%s\n' % (stype, value.msg or '<no detail available>', suffix))
    return lines


def _split(text):
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback (the last lines: 'ValueError: msg')."""
    if value is _sentinel:
        value = exc
    if value is None or not isinstance(value, BaseException):
        if isinstance(exc, type) and value is not None:
            return [f'{exc.__name__}: {value}\n']
        return ['NoneType: None\n'] if value is None else [f'{type(value).__name__}: {value}\n']
    return _only_lines(value)


class _GroupContext:
    """Indentation state while printing exception groups (nested boxes)."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def emit(self, chunks, margin='|'):
        if not self.depth:
            return list(chunks)
        prefix = self.indent() + margin + ' '
        return [''.join(prefix + line for line in text.splitlines(keepends=True))
                for text in chunks]


def _format_chain(value, tb, limit, chain, seen, ctx=None, max_width=15, max_depth=10):
    if ctx is None:
        ctx = _GroupContext()
    out = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_chain(cause, cause.__traceback__, limit, chain, seen, ctx,
                                 max_width, max_depth)
            out += ctx.emit([_cause_message])
        elif (context is not None and not value.__suppress_context__ and
              id(context) not in seen):
            out += _format_chain(context, context.__traceback__, limit, chain, seen, ctx,
                                 max_width, max_depth)
            out += ctx.emit([_context_message])
    if not isinstance(value, BaseExceptionGroup):
        if tb is not None:
            entries = format_tb(tb, limit)
            if entries:
                out += ctx.emit([_HEADER] + entries)
        out += ctx.emit(format_exception_only(value))
        return out
    if ctx.depth > max_depth:
        return out + ctx.emit([f'... (max_group_depth is {max_depth})\n'])
    top = ctx.depth == 0
    if top:
        ctx.depth += 1
    if tb is not None:
        entries = format_tb(tb, limit)
        if entries:
            out += ctx.emit(['Exception Group Traceback (most recent call last):\n'],
                            margin='+' if top else '|')
            out += ctx.emit(entries)
    out += ctx.emit(format_exception_only(value))
    excs = value.exceptions
    num = len(excs)
    n = num if num <= max_width else max_width + 1
    ctx.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            ctx.need_close = True
        truncated = i >= max_width
        title = f'{i + 1}' if not truncated else '...'
        out.append(ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
        ctx.depth += 1
        if not truncated:
            sub = excs[i]
            out += _format_chain(sub, sub.__traceback__, limit, chain, seen, ctx,
                                 max_width, max_depth)
        else:
            rem = num - max_width
            out += ctx.emit([f"and {rem} more exception{'s' if rem > 1 else ''}\n"])
        if last and ctx.need_close:
            out.append(ctx.indent() + '+------------------------------------\n')
            ctx.need_close = False
        ctx.depth -= 1
    if top:
        ctx.depth = 0
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings each
    ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    _print_lines(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_value, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    pass


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        if capture_locals:
            frames = [f for f, _ in walk_tb(exc_traceback)]
            lim = _tb_limit(limit)
            if lim is not None:
                frames = frames[:lim] if lim >= 0 else frames[lim:]
            for fs, f in zip(self.stack, frames):
                fs.locals = {k: repr(v) for k, v in f.f_locals.items()} or None
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, capture_locals=capture_locals,
                                                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      capture_locals=capture_locals,
                                                      _seen=_seen)
        self.exceptions = None
        self._max_group_width = max_group_width
        self._max_group_depth = max_group_depth
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   max_group_width=max_group_width,
                                   max_group_depth=max_group_depth, _seen=_seen)
                for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type is not None else 'NoneType'

    # the live exception and the limit are kept only to render it: two summaries of the
    # same exception taken with limits that cut nothing compare equal, as in CPython
    _NOT_COMPARED = ('_value', '_limit')

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            mine = {k: v for k, v in self.__dict__.items() if k not in self._NOT_COMPARED}
            theirs = {k: v for k, v in other.__dict__.items() if k not in self._NOT_COMPARED}
            return mine == theirs
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        """Format the exception."""
        if self._value is None:
            yield from self.format_exception_only()
            return
        yield from _format_chain(self._value, self._value.__traceback__, self._limit, chain,
                                 set(), None, self._max_group_width, self._max_group_depth)

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        _print_lines(self.format(chain=chain), file)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
