# Request 2 of the reset test: sees none of request 1's changes.
import builtins, sys, json, string, collections
print("x in builtins:", hasattr(builtins, "x"))
print("len:", len([1, 2, 3]))
print("fake module:", "fake" in sys.modules)
print("json.dumps:", json.dumps({"a": 1}))
print("string:", string.ascii_letters[:5])
print("Counter:", collections.Counter("abca").most_common(1))
print("path:", "/evil" in sys.path)
print("recursion limit:", sys.getrecursionlimit())
print("ps9:", hasattr(sys, "ps9"))
