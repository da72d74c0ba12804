"""genericpath: the path functions shared by every os.path flavour.

safepy has one flavour (posixpath), which defines them; this module gives the same
objects under the names CPython's genericpath exports, so genericpath.exists is
posixpath.exists as in CPython; CPython's own path modules (run from its Lib/) find
the private helpers they use here too.
"""

import os
import stat

from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, samefile, sameopenfile, samestat)
# the private helpers CPython's own posixpath and ntpath import from here
from posixpath import _check_arg_types, _splitext

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']
