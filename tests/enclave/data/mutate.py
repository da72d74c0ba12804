# Request 1 of the reset test: changes state everywhere a request can reach.
import builtins, sys, json, string, collections
builtins.x = 1
builtins.len = lambda o: 42
sys.modules["fake"] = "junk"
del sys.modules["string"]
json.dumps = None
string.ascii_letters = "xyz"
collections.Counter.most_common = None
sys.path.append("/evil")
sys.setrecursionlimit(55)
sys.ps9 = "leak"
junk = [bytes(1000) for _ in range(2000)]
print("mutated", len([1, 2, 3]), hasattr(builtins, "x"))
