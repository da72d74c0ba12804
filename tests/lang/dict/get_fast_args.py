# dict.get with one or two positional arguments skips the generic argument checks; every
# other form (no argument, three, keywords, an empty **{}, unbound calls, unhashable
# keys, subclasses) still gives CPython's result or error.
d={"a":1}
print(d.get("a"), d.get("b"), d.get("b", 5))
for a in [(), (1,2,3)]:
  try: d.get(*a)
  except TypeError as e: print(e)
try: d.get("a", default=3)
except TypeError as e: print(e)
try: d.get(key="a")
except TypeError as e: print(e)
try: d.get(**{})
except TypeError as e: print(e)
print(d.get(*["a"], **{}))
class D(dict): pass
print(D(a=2).get("a"), dict.get(d, "a"))
try: dict.get(1, 2)
except TypeError as e: print(e)
try: d.get([])
except TypeError as e: print(e)
