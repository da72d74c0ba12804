from dataclasses import dataclass, field, asdict, fields, is_dataclass
import json, enum, datetime
class Status(enum.Enum):
    OPEN = 'open'
    DONE = 'done'
@dataclass
class Base:
    id: int
    created: datetime.date = field(default_factory=lambda: datetime.date(2024, 1, 1), compare=False)
@dataclass
class Task(Base):
    title: str = ''
    status: Status = Status.OPEN
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.title = self.title.strip()
@dataclass
class Project:
    name: str
    tasks: list = field(default_factory=list)
p = Project('demo', [Task(1, title='  write  ', tags=['a']), Task(2, title='test', status=Status.DONE)])
print(p)
def enc(o):
    if isinstance(o, enum.Enum): return o.value
    if isinstance(o, datetime.date): return o.isoformat()
    if is_dataclass(o): return asdict(o)
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')
s = json.dumps(p, default=enc, indent=1)
print(s)
back = json.loads(s)
tasks = [Task(**{**t, 'status': Status(t['status']), 'created': datetime.date.fromisoformat(t['created'])}) for t in back['tasks']]
print(Project(back['name'], tasks) == p, [f.name for f in fields(Task)], Task(1) == Task(1, created=datetime.date(2000, 1, 1)))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s): return cls(*map(int, s.split('.')))
    def __str__(self): return f'{self.major}.{self.minor}.{self.patch}'
vs = sorted(map(Version.parse, ['1.10.0', '1.2.3', '0.9', '1.2']))
print([str(v) for v in vs], max(vs), Version(1) < Version(1, 0, 1), {Version(1): 'x'}[Version(1, 0, 0)])
try:
    json.dumps({'v': Version(1)})
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class WithRepr:
    secret: str = field(repr=False, default='hidden')
    shown: int = field(default=1, metadata={'unit': 'cm'})
print(WithRepr(), fields(WithRepr)[1].metadata['unit'], WithRepr.__dataclass_fields__['secret'].repr)
@dataclass
class Child(Task):
    extra: int = 0
print(Child(5, title='c', extra=2), isinstance(Child(1), Base), [f.name for f in fields(Child)][-2:])
