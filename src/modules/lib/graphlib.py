"""graphlib: topological sorting of a graph of hashable nodes (our own implementation).

TopologicalSorter keeps, per node, the number of predecessors not yet done and the list
of successors in the order they were added; nodes become ready when that count drops to
zero. The visiting orders (ready nodes, the cycle reported by prepare) follow CPython's,
since programs print them.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1    # handed out by get_ready(), not yet done
_DONE = -2   # marked done


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""


class _Info:
    __slots__ = ("node", "npred", "succ")

    def __init__(self, node):
        self.node = node
        self.npred = 0
        self.succ = []


class TopologicalSorter:

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _get(self, node):
        info = self._info.get(node)
        if info is None:
            info = self._info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get(node)
        info.npred += len(predecessors)
        for pred in predecessors:
            self._get(pred).succ.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._info.values() if i.npred == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._info[node].npred = _OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npred != _OUT:
                if info.npred >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npred = _DONE
            for s in info.succ:
                sinfo = self._info[s]
                sinfo.npred -= 1
                if sinfo.npred == 0:
                    self._ready.append(s)
            self._finished += 1

    def _find_cycle(self):
        # depth-first search over successors; a node met again while still on the
        # path closes a cycle
        seen = set()
        path = []
        iters = []
        on_path = {}
        for start in self._info:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(self._info[node].succ))
                    on_path[node] = len(path)
                    path.append(node)
                advanced = False
                while path:
                    nxt = next(iters[-1], _DONE_MARK)
                    if nxt is not _DONE_MARK:
                        node = nxt
                        advanced = True
                        break
                    del on_path[path.pop()]
                    iters.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_DONE_MARK = object()
