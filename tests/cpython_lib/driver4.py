# Runs CPython's pure-Python language-support modules: dataclasses, enum, functools,
# collections, typing and friends (imported under a cpy_ prefix from run.sh's directory).
import io
import sys
import cpy_dataclasses as dataclasses
import cpy_enum as enum
import cpy_functools as functools
import cpy_collections as collections
import cpy_operator as operator
import cpy_random as random
import cpy_copy as copy
import cpy_types as types
import cpy_contextlib as contextlib
import cpy_typing as typing
import cpy__weakrefset as weakrefset
import cpy__py_abc as py_abc
import cpy_tokenize as tokenize
import cpy_cmd as cmd
import cpy_gettext as gettext
import cpy_pathlib as pathlib
import cpy_stat as stat
import cpy_queue as queue
import cpy_struct as struct
import cpy_hmac as hmac


@dataclasses.dataclass(order=True)
class Pt:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)


@dataclasses.dataclass(frozen=True)
class F:
    a: int
    b: str = 'z'


p = Pt(1, 2)
print(p, p < Pt(1, 3), dataclasses.asdict(p), dataclasses.astuple(p), dataclasses.replace(p, y=9))
print([f.name for f in dataclasses.fields(Pt)], dataclasses.is_dataclass(p), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Pt()
except TypeError as e:
    print(e)
C = dataclasses.make_dataclass('C', [('n', int), ('m', str, dataclasses.field(default='q'))])
print(C(5), C.__init__.__doc__ is None)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], list(Color), Color.RED.name, Color.BLUE.value)
print(Perm.R | Perm.W, repr(Perm(7)), Perm.R in Perm(6), Lvl.HIGH > Lvl.LOW, Lvl.LOW + 1, format(Lvl.HIGH))
try:
    Color(9)
except ValueError as e:
    print(e)


@enum.unique
class U(enum.Enum):
    A = 1


print(U.A, enum.Enum('Anim', 'CAT DOG').DOG, [m.name for m in enum.Flag('Fl', 'A B C')])
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.partial(int, base=2)('101'))


@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())


@functools.singledispatch
def show(x):
    return 'obj'


@show.register
def _(x: int):
    return 'int'


@show.register(list)
def _(x):
    return 'list'


print(show(1), show([]), show('s'), functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) >= V(0), V(2) <= V(1))


class CP:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42


c = CP()
print(c.val, c.val)
Pair = collections.namedtuple('Pair', 'a b', defaults=[0])
print(Pair(1), Pair(1, 2)._asdict(), Pair._make([3, 4]), Pair(5)._replace(b=6))
cnt = collections.Counter('abracadabra')
print(cnt.most_common(3), cnt['z'], sorted((cnt + collections.Counter('aaz')).items()))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, list(collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}).items()))
od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, od.popitem(last=False), collections.defaultdict(list, {'k': [1]})['k'])
ud = collections.UserDict(x=1)
print(ud, collections.UserList([3, 1]) + [2], collections.UserString('ab').upper())
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('split', ',')('a,b'), operator.index(5))
rnd = random.Random(12345)
print(rnd.random(), rnd.randint(1, 100), rnd.choice('abcdef'), rnd.sample(range(20), 4), rnd.uniform(1, 2))
lst = list(range(10))
rnd.shuffle(lst)
print(lst, rnd.choices('xyz', weights=[1, 2, 3], k=5), rnd.gauss(0, 1), rnd.randrange(0, 100, 5), rnd.getrandbits(40))
d = {'a': [1, [2]]}
dc = copy.deepcopy(d)
dc['a'][1].append(3)
print(d, dc, copy.copy([1, 2]))
ns = types.SimpleNamespace(a=1, b=2)
print(ns, types.MappingProxyType({'k': 1})['k'], types.new_class('Dyn', (object,)).__name__)


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    yield name
    print('</%s>' % name)


with tag('p') as t:
    print('inside', t)
with contextlib.suppress(KeyError):
    {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in 'ab':
        st.enter_context(tag(n))
    st.callback(print, 'callback')
T = typing.TypeVar('T')


class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.v = v


print(typing.List[int], typing.Optional[str], typing.Union[int, str], typing.Dict[str, typing.Any], Box[int])
print(typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]), typing.Callable[[int], str])


class TD(typing.TypedDict):
    x: int


class NT(typing.NamedTuple):
    a: int
    b: str = 'b'


print(TD(x=1), NT(1), NT._fields, typing.get_type_hints(NT), typing.cast(int, 'x'))


class Ob:
    pass


o1, o2 = Ob(), Ob()
ws = weakrefset.WeakSet([o1, o2])
print(len(ws), o1 in ws)


class Base(metaclass=py_abc.ABCMeta):
    def m(self):
        pass


Base.register(int)
print(issubclass(int, Base), isinstance('s', Base))
toks = tokenize.generate_tokens(io.StringIO('x = (1 + 2.5) # c\nif x:\n    y = "s"\n').readline)
print([(tokenize.tok_name[t.type], t.string) for t in toks])


class Shell(cmd.Cmd):
    prompt = ''

    def do_greet(self, arg):
        print('hello', arg)

    def do_EOF(self, arg):
        return True


Shell(stdin=io.StringIO('greet bob\nhelp\nbogus\n'), stdout=io.StringIO()).cmdloop()
sh = Shell(stdin=io.StringIO('greet ann\n'))
sh.use_rawinput = False
sh.onecmd('greet amy')
sh.onecmd('nope')
print(gettext.NullTranslations().gettext('msg'), gettext.ngettext('one', 'many', 2), gettext.c2py('n != 1')(1))
pp = pathlib.PurePosixPath('/usr/lib/python3.11/json/__init__.py')
print(pp.name, pp.suffix, pp.stem, pp.parent, pp.parts[:3], pp.with_suffix('.txt'), pp.relative_to('/usr'))
print(pathlib.PurePosixPath('a') / 'b' / '..' / 'c', pathlib.PureWindowsPath('C:\\x\\y.txt').drive, pp.match('*.py'))
print(stat.filemode(0o100755), stat.S_ISDIR(0o040000), stat.S_IMODE(0o100644))
q = queue.PriorityQueue()
for v in (3, 1, 2):
    q.put(v)
print([q.get() for _ in range(3)], queue.LifoQueue().empty())
print(struct.pack('>HI', 1, 2), struct.unpack('<hq', b'\xff\xff' + bytes(8)), struct.calcsize('@ib'))
h = hmac.new(b'key', b'msg', 'sha256')
h.update(b'more')
print(h.hexdigest(), h.name, h.digest_size, h.block_size, h.copy().digest() == h.digest())
print(hmac.digest(b'k', b'm', 'sha512').hex()[:20], hmac.new(b'k' * 100, b'x', 'md5').hexdigest(), hmac.compare_digest(b'a', b'a'))
