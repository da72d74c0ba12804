"""getpass: read a password without echo, and find the login name.

safepy cannot switch terminal echo off (no termios), so getpass() always takes the
fallback path CPython uses on such systems: it warns with GetPassWarning and reads the
line with echo on.  getuser() reads LOGNAME, USER, LNAME or USERNAME.

Invariant: the password read never includes its line ending.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password (on stream, default sys.stderr) and read it from stdin."""
    if not stream:
        stream = sys.stderr
    passwd = fallback_getpass(prompt, stream)
    stream.write('\n')
    return passwd


def getuser():
    """The login name of the user, from the environment."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    raise OSError('No username set in the environment')
