"""IANA time zones for datetime (safepy's own implementation of CPython 3.11's zoneinfo).

ZoneInfo(key) reads the TZif file named by key from the directories of TZPATH (through
open(), so the host table) or, when no directory has it, from the tzdata package.
"""

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._zoneinfo import ZoneInfo

reset_tzpath = _tzpath.reset_tzpath
available_timezones = _tzpath.available_timezones
InvalidTZPathWarning = _tzpath.InvalidTZPathWarning


def __getattr__(name):
    # TZPATH is looked up on each access: reset_tzpath() rebinds it in _tzpath.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), "TZPATH"])
