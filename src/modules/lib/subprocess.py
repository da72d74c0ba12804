"""subprocess: the module's interface, without processes (our own code).

safepy runs untrusted code and starts no programs: Popen raises OSError(ENOTSUP), as
CPython 3.11 does on platforms that cannot fork (Emscripten, WASI), and so do call, run,
check_output and the other functions built on it. The exceptions, CompletedProcess and
list2cmdline behave as CPython's, so programs that import the module (or only handle its
errors) run.
"""

import errno
import sys
import types

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_can_fork_exec = False


class SubprocessError(Exception):
    pass


def _get_output(self):
    """Alias for output attribute, to match stderr"""
    return self.output


def _set_output(self, value):
    self.output = value


_stdout_alias = property(_get_output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call() or check_output() returns a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return f"Command '{self.cmd}' died with {signal.Signals(-self.returncode)!r}."
            except ValueError:
                return f"Command '{self.cmd}' died with unknown signal {-self.returncode}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = _stdout_alias


class CompletedProcess:
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            args.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            args.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class Popen:
    """A child process: safepy has none, so creating one raises OSError."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        raise OSError(errno.ENOTSUP, f"{sys.platform} does not support processes.")

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status (raises OSError in safepy)."""
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command and return a CompletedProcess (raises OSError in safepy)."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of running cmd in a shell (raises OSError in safepy)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted as the MS C runtime parses
    them (CPython's rules: quotes around arguments with spaces or tabs or empty ones,
    backslashes doubled only before a double quote)."""
    result = []
    for arg in map(str, seq):
        if result:
            result.append(' ')
        needquote = (' ' in arg) or ('\t' in arg) or not arg
        if needquote:
            result.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                result.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                result.append('\\' * backslashes + c)
                backslashes = 0
        if needquote:
            result.append('\\' * (backslashes * 2) + '"')
        else:
            result.append('\\' * backslashes)
    return ''.join(result)
