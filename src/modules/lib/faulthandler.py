"""faulthandler: dump the Python traceback (our own implementation for safepy).

safepy is memory-safe: a bad access is a Python exception, never SIGSEGV, so there is
no fatal signal for enable() to catch. enable()/disable()/is_enabled() keep the state
test harnesses set and query; dump_traceback() writes the current stack in CPython's
format, unbuffered, after flushing the file object, as CPython does. There is no watchdog thread: dump_traceback_later() checks its arguments and
then raises NotImplementedError rather than silently never firing. register() and
unregister() are absent, as on platforms without user signals.
"""

import sys

_MAX_FRAMES = 100
_MAX_STRING = 500

_state = {'enabled': False, 'fd': None, 'file': None}


def _fd_of(file):
    # CPython's rule: None means sys.stderr; an int is a descriptor; anything else
    # must have fileno() and is flushed first so its buffered text comes out before.
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descripter')
        if file > 0x7fffffff:
            raise OverflowError('Python int too large to convert to C int')
        return file, None
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError('file is not a valid file descripter')
    flush = getattr(file, 'flush', None)
    if flush is not None:
        flush()
    return fd, file


def _ascii(text):
    # Printable ASCII as is, everything else escaped; at most _MAX_STRING characters.
    out = []
    for ch in text[:_MAX_STRING]:
        c = ord(ch)
        if 32 <= c <= 126:
            out.append(ch)
        elif c <= 0xff:
            out.append('\\x%02x' % c)
        elif c <= 0xffff:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    if len(text) > _MAX_STRING:
        out.append('...')
    return ''.join(out)


def _stack_text(frame, header):
    lines = [header + ' (most recent call first):\n']
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n'
                     % (_ascii(code.co_filename), frame.f_lineno, _ascii(code.co_name)))
        frame = frame.f_back
        depth += 1
    return ''.join(lines)


def _write(fd, fileobj, text):
    # safepy's files have no OS descriptors (os.write knows only 0-2 and os.open's):
    # a file object gets the bytes through its binary layer, unbuffered, instead.
    data = text.encode('ascii')
    if fileobj is None:
        import os
        os.write(fd, data)
        return
    raw = getattr(fileobj, 'buffer', fileobj)
    raw.write(data)
    raw.flush()


def enable(file=None, all_threads=True):
    fd, fileobj = _fd_of(file)
    _state['enabled'] = True
    _state['fd'] = fd
    _state['file'] = fileobj


def disable():
    was = _state['enabled']
    _state['enabled'] = False
    _state['fd'] = None
    _state['file'] = None
    return was


def is_enabled():
    return _state['enabled']


def dump_traceback(file=None, all_threads=True):
    fd, fileobj = _fd_of(file)
    if all_threads:
        import _thread
        header = 'Current thread 0x%016x' % _thread.get_ident()
    else:
        header = 'Stack'
    _write(fd, fileobj, _stack_text(sys._getframe(1), header))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    _fd_of(file)
    raise NotImplementedError('dump_traceback_later: safepy has no watchdog thread')


def cancel_dump_traceback_later():
    return None
