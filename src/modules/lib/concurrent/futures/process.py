"""concurrent.futures.process: ProcessPoolExecutor. safepy starts no processes: the
executor runs each call in this process, as the thread pool does."""

from concurrent.futures.thread import ThreadPoolExecutor


class ProcessPoolExecutor(ThreadPoolExecutor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        ThreadPoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor', initializer,
                                    initargs)
