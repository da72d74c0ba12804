import functools, itertools, collections, heapq, re, string, textwrap
class EventBus:
    def __init__(self):
        self.handlers = collections.defaultdict(list)
        self.history = []
    def on(self, event, *, priority=0):
        def deco(fn):
            self.handlers[event].append((priority, fn.__name__, fn))
            self.handlers[event].sort(key=lambda t: -t[0])
            @functools.wraps(fn)
            def wrapper(*a, **k):
                return fn(*a, **k)
            wrapper.event = event
            return wrapper
        return deco
    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for prio, name, fn in self.handlers.get(event, ()):
            try:
                results.append(fn(**payload))
            except StopIteration:
                results.append('stopped')
                break
            except Exception as e:
                results.append(f'{name} failed: {type(e).__name__}: {e}')
        return results
bus = EventBus()
@bus.on('order', priority=5)
def validate(item, qty):
    """Validate an order."""
    if qty <= 0:
        raise ValueError(f'bad qty {qty}')
    return f'valid {item}'
@bus.on('order')
def ship(item, qty):
    return f'shipped {qty}x{item}'
@bus.on('order', priority=10)
def audit(**kw):
    return 'audit ' + ','.join(f'{k}={v}' for k, v in sorted(kw.items()))
print(bus.emit('order', item='pen', qty=2))
print(bus.emit('order', item='ink', qty=0))
print(bus.emit('nothing'), bus.history, validate.__name__, validate.__doc__, validate.event, validate.__wrapped__.__name__)
class Task:
    _ids = itertools.count(1)
    def __init__(self, name, prio, deps=()):
        self.id = next(Task._ids); self.name = name; self.prio = prio; self.deps = set(deps)
    def __lt__(self, other):
        return (self.prio, self.id) < (other.prio, other.id)
    def __repr__(self):
        return f'Task#{self.id}({self.name})'
def schedule(tasks):
    by_name = {t.name: t for t in tasks}
    missing = {d for t in tasks for d in t.deps} - by_name.keys()
    if missing:
        raise KeyError(f'unknown deps: {sorted(missing)}')
    done, order, heap = set(), [], [t for t in tasks if not t.deps]
    heapq.heapify(heap)
    while heap:
        t = heapq.heappop(heap)
        order.append(t.name); done.add(t.name)
        for u in tasks:
            if u.name not in done and u not in heap and u.deps <= done:
                heapq.heappush(heap, u)
    if len(order) != len(tasks):
        raise RuntimeError('cycle among ' + ', '.join(sorted(set(by_name) - done)))
    return order
ts = [Task('build', 2, ['fetch']), Task('fetch', 1), Task('test', 3, ['build']), Task('lint', 1, ['fetch']), Task('docs', 5)]
print(schedule(ts))
try:
    schedule([Task('a', 1, ['b']), Task('b', 1, ['a'])])
except RuntimeError as e:
    print(e)
try:
    schedule([Task('a', 1, ['zz', 'yy'])])
except KeyError as e:
    print(e)
text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
Numbers like 3.14, 42 and -7 appear too. E-mail: someone@example.com, other@test.org."""
words = re.findall(r"[a-z]+", text.lower())
freq = collections.Counter(words)
print(freq.most_common(3), len(words), len(freq))
print(re.findall(r'-?\d+(?:\.\d+)?', text), re.findall(r'[\w.]+@[\w.]+\w', text))
print(re.sub(r'(\w+)@(\w+)\.(\w+)', r'\2 at \1 [\3]', text.splitlines()[1]))
print(textwrap.fill(text.splitlines()[0], width=30))
print(textwrap.shorten(text, 40), textwrap.dedent('   a\n   b'), textwrap.indent('x\ny', '> '))
tpl = string.Template('$who likes ${what}!')
print(tpl.substitute(who='Ann', what='tea'), tpl.safe_substitute(who='Bob'))
try:
    tpl.substitute(who='x')
except KeyError as e:
    print('missing', e)
print(string.capwords('hello   world'), string.ascii_letters[:5], string.punctuation[:5])
def pipeline(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)
clean = pipeline(str.strip, str.lower, lambda s: re.sub(r'\s+', '-', s))
print(clean('  Hello Big   World  '))
grouped = {k: [w for w in g] for k, g in itertools.groupby(sorted(sorted(set(words)), key=len), key=len)}
print(grouped[3], max(grouped))
print(list(itertools.pairwise('abcd')), list(itertools.combinations('abc', 2)), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.product('ab', repeat=2)), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.compress('abc', [1, 0, 1])))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.repeat('x', 3)), list(itertools.islice(itertools.cycle('ab'), 5)), [list(g) for k, g in itertools.groupby('aabbbc')])
a, b = itertools.tee(range(3)); print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.combinations_with_replacement('ab', 2)))
