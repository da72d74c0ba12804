# a to-do manager: classes, json round-trip, sorting by multiple keys, enum, exceptions, f-strings
import json, enum, datetime
from dataclasses import dataclass, field, asdict
class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
class TodoError(Exception): pass
class NotFound(TodoError, KeyError):
    def __str__(self): return f"no task #{self.args[0]}"
@dataclass
class Task:
    id: int
    title: str
    priority: Priority = Priority.MEDIUM
    due: datetime.date | None = None
    tags: set[str] = field(default_factory=set)
    done: bool = False
    def to_json(self):
        d = asdict(self)
        d["priority"] = self.priority.name
        d["due"] = self.due.isoformat() if self.due else None
        d["tags"] = sorted(self.tags)
        return d
    @classmethod
    def from_json(cls, d):
        return cls(d["id"], d["title"], Priority[d["priority"]],
                   datetime.date.fromisoformat(d["due"]) if d["due"] else None, set(d["tags"]), d["done"])
class TodoList:
    def __init__(self): self._tasks = {}; self._next = 1
    def add(self, title, **kw):
        if not title.strip():
            raise TodoError("empty title")
        t = Task(self._next, title.strip(), **kw)
        self._tasks[t.id] = t; self._next += 1
        return t
    def __getitem__(self, i):
        try: return self._tasks[i]
        except KeyError: raise NotFound(i) from None
    def complete(self, i): self[i].done = True
    def __len__(self): return len(self._tasks)
    def __iter__(self): return iter(sorted(self._tasks.values(), key=lambda t: (t.done, -t.priority, t.due or datetime.date.max, t.title)))
    def by_tag(self):
        out = {}
        for t in self._tasks.values():
            for tag in t.tags: out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))
    def dumps(self): return json.dumps([t.to_json() for t in self._tasks.values()], indent=1)
    @classmethod
    def loads(cls, s):
        tl = cls()
        for d in json.loads(s):
            t = Task.from_json(d); tl._tasks[t.id] = t; tl._next = max(tl._next, t.id + 1)
        return tl
tl = TodoList()
tl.add("write report", priority=Priority.HIGH, due=datetime.date(2024, 3, 1), tags={"work"})
tl.add("buy milk", priority=Priority.LOW, tags={"home", "shop"})
tl.add("call bob", due=datetime.date(2024, 2, 20), tags={"work", "phone"})
tl.add("  fix bike ", priority=Priority.HIGH)
tl.complete(1)
for t in tl:
    mark = "x" if t.done else " "
    print(f"[{mark}] #{t.id:<2} {t.title:<14} {t.priority.name:<6} {t.due.strftime('%b %d') if t.due else '-':>6} {','.join(sorted(t.tags))}")
print(tl.by_tag(), len(tl))
for bad in [lambda: tl.add("   "), lambda: tl[99], lambda: tl.complete(42)]:
    try: bad()
    except NotFound as e: print("NotFound:", e, isinstance(e, KeyError), repr(e))
    except TodoError as e: print("TodoError:", e)
s = tl.dumps()
tl2 = TodoList.loads(s)
print([t.title for t in tl2] == [t.title for t in tl], tl2[3].due, sorted(tl2[2].tags), tl2._next, s.count("\n"))
print(Priority.HIGH > Priority.LOW, sorted(Priority), Priority(2), max(t.priority for t in tl), f"{Priority.HIGH}", str(Priority.LOW), int(Priority.MEDIUM) + 1)
