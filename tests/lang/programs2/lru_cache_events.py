# An LRU cache built on dict insertion order, plus an event bus with subscriber callbacks.

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRU[{len(self)}/{self.capacity}]{{{items}}}"


def lru_decorator(capacity):
    def deco(func):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = func(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c)
c.put("d", 4)
print(c, "b" in c)
c.put("c", 30)
print(c, c.get("zzz", "miss"))
print(f"hits={c.hits} misses={c.misses} evictions={c.evictions}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


@lru_decorator(50)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


print("ways(45, 45) =", ways(45, 45))
print("cache:", len(ways.cache), "hits", ways.cache.hits, "misses", ways.cache.misses, "evictions", ways.cache.evictions)


class EventBus:
    def __init__(self):
        self.subscribers = {}
        self.history = []

    def subscribe(self, event, callback=None, *, priority=0):
        def register(cb):
            self.subscribers.setdefault(event, []).append((priority, len(self.subscribers.get(event, [])), cb))
            self.subscribers[event].sort(key=lambda t: (-t[0], t[1]))
            return cb
        if callback is None:
            return register
        return register(callback)

    def unsubscribe(self, event, callback):
        before = len(self.subscribers.get(event, []))
        self.subscribers[event] = [t for t in self.subscribers.get(event, []) if t[2] is not callback]
        return before - len(self.subscribers[event])

    def publish(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, cb in self.subscribers.get(event, []):
            try:
                r = cb(event=event, **payload)
            except StopIteration:
                results.append("<stopped>")
                break
            except Exception as e:
                results.append(f"<{type(e).__name__}: {e}>")
            else:
                if r is not None:
                    results.append(r)
        return results


bus = EventBus()
log = []


@bus.subscribe("order", priority=5)
def validate(event, amount, **rest):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"valid {amount}"


@bus.subscribe("order")
def record(event, **payload):
    log.append(sorted(payload.items()))


@bus.subscribe("order", priority=1)
def discount(event, amount, customer="guest", **_):
    if customer == "vip":
        return f"discount {amount * 0.1:.2f}"


def stopper(event, **_):
    raise StopIteration

bus.subscribe("halt", stopper, priority=10)
bus.subscribe("halt", lambda event, **_: "never reached")

print(bus.publish("order", amount=100))
print(bus.publish("order", amount=250, customer="vip"))
print(bus.publish("order", amount=-5, customer="vip"))
print(bus.publish("halt"))
print(bus.publish("unknown", x=1))
print("log:", log)
print("removed:", bus.unsubscribe("order", discount), bus.unsubscribe("order", discount))
print(bus.publish("order", amount=1, customer="vip"))
print("history:", bus.history)
print({e: [cb.__name__ for _, _, cb in subs] for e, subs in bus.subscribers.items()})

d = {}
for word in "one two three two one four five one".split():
    d.pop(word, None)
    d[word] = len(d)
print(d, list(d)[-1], next(reversed(d)))
