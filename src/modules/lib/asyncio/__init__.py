"""asyncio for safepy: a single-threaded event loop with tasks, futures, queues and
locks, written for safepy (no sockets, subprocesses or threads)."""

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from . import coroutines, events, exceptions, futures, locks, queues, runners, tasks
from . import taskgroups, timeouts

__all__ = (coroutines.__all__ + events.__all__ + exceptions.__all__ + futures.__all__ +
           locks.__all__ + queues.__all__ + runners.__all__ + taskgroups.__all__ +
           tasks.__all__ + timeouts.__all__)
