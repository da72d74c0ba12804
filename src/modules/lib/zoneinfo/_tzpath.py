"""TZPATH, the directories searched for TZif files, and the validation of zone keys."""

import os
import sysconfig


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _relative_paths_message(paths):
    rel = [p for p in paths if not os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in rel))


def _from_env(value):
    # PYTHONTZPATH (or the build's TZPATH): os.pathsep-separated; relative entries are
    # dropped with an InvalidTZPathWarning.
    if not value:
        return ()
    entries = value.split(os.pathsep)
    kept = tuple(p for p in entries if os.path.isabs(p))
    if len(kept) != len(entries):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(entries), InvalidTZPathWarning)
    return kept


def reset_tzpath(to=None):
    """Sets TZPATH to [to] (a sequence of absolute paths), or when None to
    PYTHONTZPATH, falling back to the build's default."""
    global TZPATH
    if to is None:
        value = os.environ.get("PYTHONTZPATH", None)
        if value is None:
            value = sysconfig.get_config_var("TZPATH")
        TZPATH = tuple(_from_env(value))
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, "
                        f"not {type(to)}: {to!r}")
    if not all(map(os.path.isabs, to)):
        raise ValueError(_relative_paths_message(to))
    TZPATH = tuple(to)


_SENTINEL_DIR = os.path.normpath(os.path.join("_", "_"))[:-1]   # "_/"


def _validate_tzfile_path(path, _base=_SENTINEL_DIR):
    # A key is a normalised relative path that stays below its TZPATH directory.
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    normal = os.path.normpath(path)
    if len(normal) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    if not os.path.normpath(os.path.join(_base, normal)).startswith(_base):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


def find_tzfile(key):
    """Retrieve the path to a TZif file from a key."""
    _validate_tzfile_path(key)
    for directory in TZPATH:
        candidate = os.path.join(directory, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except Exception:
        return False


def available_timezones():
    """Returns a set containing all available time zones.

    .. caution::

        This may attempt to open a large number of files, since the best way to
        determine if a given file on the time zone search path is to open it
        and check for the "magic string" at the beginning.
    """
    zones = set()
    # the tzdata package lists its zones in one file
    try:
        from importlib import resources
        with resources.files("tzdata").joinpath("zones").open("r") as f:
            for line in f:
                line = line.strip()
                if line:
                    zones.add(line)
    except (ImportError, FileNotFoundError):
        pass
    for top in TZPATH:
        if not os.path.exists(top):
            continue
        for root, dirs, files in os.walk(top):
            if root == top:
                # right/ (leap seconds) and posix/ are copies, not more zones
                for special in ("right", "posix"):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = os.path.join(root, name)
                key = os.path.relpath(path, start=top)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if key and key not in zones and _is_tzif(path):
                    zones.add(key)
    # posixrules is a link kept for old tz code, not a zone of its own
    zones.discard("posixrules")
    return zones


TZPATH = ()
reset_tzpath()
