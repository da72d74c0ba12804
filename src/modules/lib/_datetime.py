"""_datetime (safepy): the name CPython gives its C implementation of the datetime types.

safepy has one implementation, the datetime module, written to behave as CPython's C
types (their messages, their type names); no accelerator is needed for correctness, only
CPython's speed would be a reason for one. This module exposes the same classes under the
C module's name, so that code importing _datetime (CPython's test suite, which runs its
tests once with it blocked and once with it) finds them.
"""

from datetime import (MINYEAR, MAXYEAR, date, datetime, time, timedelta, timezone, tzinfo,
                      UTC)
