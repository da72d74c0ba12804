"""signal: signal numbers and handlers (our own implementation for safepy).

What is honest inside an enclave: safepy receives no asynchronous signal. The enclave
host forwards none across the boundary and the POSIX host installs no OS handler, so
a handler set with signal() runs only when the program raises the signal itself with
raise_signal(), synchronously, with the caller's frame, as CPython runs it right after
the raise. A signal whose action is SIG_DFL and whose default would end or stop the
process raises NotImplementedError instead (safepy cannot end itself by a signal);
default-ignored signals (SIGCHLD, SIGCONT, SIGURG, SIGWINCH) do nothing.
Timers and waiting (alarm, pause, setitimer, sigwait, pthread_sigmask, set_wakeup_fd)
need real signals and are absent, as on platforms that lack them.

Numbers, names and descriptions are Linux x86-64's, as CPython 3.11 has them there.
"""

from enum import IntEnum as _IntEnum
from _signal import default_int_handler

_NAMES = (
    ('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
    ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
    ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'),
    ('SIGFPE', 8, 'Floating point exception'), ('SIGKILL', 9, 'Killed'),
    ('SIGUSR1', 10, 'User defined signal 1'), ('SIGSEGV', 11, 'Segmentation fault'),
    ('SIGUSR2', 12, 'User defined signal 2'), ('SIGPIPE', 13, 'Broken pipe'),
    ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
    ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'),
    ('SIGCONT', 18, 'Continued'), ('SIGSTOP', 19, 'Stopped (signal)'),
    ('SIGTSTP', 20, 'Stopped'), ('SIGTTIN', 21, 'Stopped (tty input)'),
    ('SIGTTOU', 22, 'Stopped (tty output)'), ('SIGURG', 23, 'Urgent I/O condition'),
    ('SIGXCPU', 24, 'CPU time limit exceeded'), ('SIGXFSZ', 25, 'File size limit exceeded'),
    ('SIGVTALRM', 26, 'Virtual timer expired'), ('SIGPROF', 27, 'Profiling timer expired'),
    ('SIGWINCH', 28, 'Window changed'), ('SIGIO', 29, 'I/O possible'),
    ('SIGPWR', 30, 'Power failure'), ('SIGSYS', 31, 'Bad system call'),
)
NSIG = 65
_RTMIN = 34
_RTMAX = 64
# 32 and 33 are taken by the C library's threads: no handler, no description.
_RESERVED = (32, 33)
_DEFAULT_IGNORED = (17, 18, 23, 28)
_UNCATCHABLE = (9, 19)

Signals = _IntEnum('Signals', [(n, v) for n, v, _ in _NAMES]
                   + [('SIGIOT', 6), ('SIGCLD', 17), ('SIGPOLL', 29),
                      ('SIGRTMIN', _RTMIN), ('SIGRTMAX', _RTMAX)], module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)

_DESCRIPTIONS = {v: d for _, v, d in _NAMES}

# The handler of each signal number (index 0 unused): CPython starts with SIGINT on
# default_int_handler and SIGPIPE, SIGXFSZ ignored.
_handlers = [SIG_DFL] * NSIG
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = _handlers[SIGXFSZ] = SIG_IGN
for _n in _RESERVED:
    _handlers[_n] = None
del _n


def _enum_to_int(value):
    # CPython's signal.py converts enum members (and anything int() accepts) first.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _checked_number(signalnum):
    n = signalnum.__index__() if hasattr(type(signalnum), '__index__') else None
    if n is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    if n < 1 or n >= NSIG:
        raise ValueError('signal number out of range')
    return n


def _invalid():
    raise OSError(22, 'Invalid argument')


def signal(signalnum, handler):
    n = _checked_number(_enum_to_int(signalnum))
    handler = _enum_to_int(handler)
    if handler is not None and type(handler) is int and handler in (0, 1):
        handler = Handlers(handler)
    elif not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    if n in _UNCATCHABLE or n in _RESERVED:
        _invalid()
    old = _handlers[n]
    _handlers[n] = handler
    return _int_to_enum(old, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_handlers[_checked_number(_enum_to_int(signalnum))], Handlers)


def strsignal(signalnum):
    n = _checked_number(signalnum)
    if n in _RESERVED:
        return None
    if n >= _RTMIN:
        return 'Real-time signal %d' % (n - _RTMIN)
    return _DESCRIPTIONS[n]


def valid_signals():
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in _RESERVED}


def raise_signal(signalnum):
    n = signalnum.__index__() if hasattr(type(signalnum), '__index__') else None
    if n is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    if n == 0:
        return
    if n < 0 or n >= NSIG:
        _invalid()
    handler = _handlers[n]
    if handler is SIG_IGN or (handler is SIG_DFL and n in _DEFAULT_IGNORED):
        return
    if handler is SIG_DFL or handler is None:
        raise NotImplementedError(
            'safepy cannot take the default action of signal %d (%s): it would end or '
            'stop the process' % (n, strsignal(n)))
    import sys
    handler(n, sys._getframe(1))
