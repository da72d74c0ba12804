"""genericpath: the path functions shared by every os.path flavour.

safepy has one flavour (posixpath), which defines them; this module gives the same
objects under the names CPython's genericpath exports, so genericpath.exists is
posixpath.exists as in CPython.
"""

import os
import stat

from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, samefile, sameopenfile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']
