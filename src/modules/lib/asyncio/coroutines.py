"""asyncio.iscoroutine / iscoroutinefunction (safepy's own implementation)."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, _COROUTINE_TYPES)
