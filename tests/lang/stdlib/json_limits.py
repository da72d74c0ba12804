import json
for args in [(float('nan'),), ([float('inf')],), ({1.5: float('-inf')},), ({float('inf'): 1},)]:
    try: print(json.dumps(*args, allow_nan=False, indent=1))
    except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a, indent=1)
except Exception as e: print(type(e).__name__, e)
try: json.dumps({1: 2, "a": 3}, indent=1, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
try: json.dumps([{1}], indent=1)
except Exception as e: print(type(e).__name__, e)
x = [[1]] 
for i in range(100000): x = [x]
try: json.dumps(x)
except Exception as e: print(type(e).__name__, e)
try: json.loads("[" * 100000 + "]" * 100000)
except Exception as e: print(type(e).__name__, e)
try: json.loads('{"a":' * 100000 + "1" + "}" * 100000)
except Exception as e: print(type(e).__name__, e)
d = {}
for i in range(100000): d = {"a": d}
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(d, indent=1)
except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
d = {}; d["k"] = d
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
class O: pass
try:
    json.dumps(O(), default=lambda o: [o])
except Exception as e:
    print(type(e).__name__, e)
try:
    json.dumps(O(), default=lambda o: [O()])
except Exception as e:
    print(type(e).__name__, e)
try:
    json.dumps(O(), default=lambda o: {"k": O()}, indent=None)
except Exception as e:
    print(type(e).__name__, e)
