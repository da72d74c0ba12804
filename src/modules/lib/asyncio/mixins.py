"""asyncio.mixins: _LoopBoundMixin, which binds a lock or queue to the event loop that
first waits on it (safepy's own implementation of CPython's module)."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        # the running loop, which must be the one this object was first used with
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
