"""select: safepy has no file descriptors to wait on.

The host table offers files and standard streams but no readiness query (no poll or
select across the enclave boundary), so select() raises PermissionError (errno EPERM,
as under a sandbox that denies the call) with a message saying why. The module exists
for code that only imports it or uses its exception name: select.error is OSError, as
in CPython 3.3 and later.
"""

import errno as _errno

__all__ = ['error', 'select']

error = OSError


def select(rlist, wlist, xlist, timeout=None, /):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    for seq in (rlist, wlist, xlist):
        for fd in seq:
            if not isinstance(fd, int) and not hasattr(fd, 'fileno'):
                raise TypeError('argument must be an int, or have a fileno() method.')
    raise PermissionError(_errno.EPERM, 'Operation not permitted (select: safepy cannot '
                          'wait on file descriptors)')
