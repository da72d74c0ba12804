# Task tracker written with modern type hints (list[str], dict[str, int], X | None) and hand-made dataclass-like classes.

class Task:
    def __init__(self, title: str, priority: int = 3, tags: list[str] | None = None,
                 done: bool = False) -> None:
        self.title = title
        self.priority = priority
        self.tags: list[str] = list(tags) if tags else []
        self.done = done

    def __repr__(self) -> str:
        return (f"Task(title={self.title!r}, priority={self.priority}, "
                f"tags={self.tags!r}, done={self.done})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Task):
            return NotImplemented
        return (self.title, self.priority, self.tags, self.done) == \
               (other.title, other.priority, other.tags, other.done)

    def __lt__(self, other: "Task") -> bool:
        return (self.priority, self.title) < (other.priority, other.title)


class Project:
    def __init__(self, name: str) -> None:
        self.name = name
        self.tasks: dict[int, Task] = {}
        self._next: int = 1

    def add(self, title: str, priority: int = 3, *tags: str) -> int:
        tid = self._next
        self.tasks[tid] = Task(title, priority, list(tags))
        self._next += 1
        return tid

    def find(self, tid: int) -> Task | None:
        return self.tasks.get(tid)

    def complete(self, *ids: int) -> list[int]:
        finished: list[int] = []
        for tid in ids:
            task = self.find(tid)
            if task is None:
                print(f"  warning: no task {tid}")
                continue
            task.done = True
            finished.append(tid)
        return finished

    def by_tag(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for t in self.tasks.values():
            for tag in t.tags:
                out.setdefault(tag, []).append(t.title)
        return {k: sorted(v) for k, v in sorted(out.items())}

    def stats(self) -> tuple[int, int, float]:
        total = len(self.tasks)
        done = sum(t.done for t in self.tasks.values())
        return total, done, (done / total if total else 0.0)

    def pending(self, max_priority: int | None = None) -> list[Task]:
        items = [t for t in self.tasks.values() if not t.done]
        if max_priority is not None:
            items = [t for t in items if t.priority <= max_priority]
        return sorted(items)


def summarize(projects: list[Project]) -> dict[str, tuple[int, int, float]]:
    return {p.name: p.stats() for p in projects}


home = Project("home")
home.add("buy milk", 2, "errand", "food")
home.add("fix sink", 1, "repair")
home.add("call mom", 2, "family")
home.add("paint fence", 4, "repair", "outdoor")
home.add("plan trip", 3, "family", "fun")

work = Project("work")
for i, title in enumerate(["write report", "review PR", "update docs", "deploy", "retro"]):
    work.add(title, i % 3 + 1, "work", "q3" if i % 2 else "q4")

print(home.complete(1, 4, 99))
print(work.complete(2, 3, 5))
for p in (home, work):
    total, done, ratio = p.stats()
    print(f"{p.name:>5}: {done}/{total} done ({ratio:.0%})")
    for t in p.pending():
        print(f"   [{t.priority}] {t.title:<14} {','.join(t.tags)}")
    print("   urgent:", [t.title for t in p.pending(max_priority=1)])
    print("   tags:", p.by_tag())

print(summarize([home, work]))
print(home.find(2))
print(home.find(42))
print(Task("a") == Task("a"), Task("a") == Task("b"), Task("a") == "a")
print(sorted([Task("z", 1), Task("a", 2), Task("m", 1)]))
print(Task.__init__.__annotations__)
print(Project.pending.__annotations__["return"], summarize.__annotations__["return"])
