import itertools as it, collections
for f in [lambda: it.permutations('a', 2**70), lambda: it.combinations('a', 2**70), lambda: it.product('a', repeat=2**70), lambda: it.tee('a', 2**70), lambda: collections.deque(maxlen=2**70), lambda: collections.deque().rotate(2**70), lambda: collections.deque().insert(2**70, 1), lambda: it.repeat(1, -2**70), lambda: collections.deque([1]).index(1, 2**70)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
