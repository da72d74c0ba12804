# json.dump leaves in the file what CPython's chunked encoder wrote before an error, with
# or without a default() (which must run only once per object)
import json, io
calls = []
def default(o):
    calls.append(type(o).__name__)
    return o
for kw in [{}, {'default': default}, {'default': lambda o: type(o).__name__}]:
    for obj in [[1, [2, object()]], [1, {'a': 2, 3j: 1}], {'x': [1.5, float('nan')]}]:
        f = io.StringIO()
        try:
            json.dump(obj, f, allow_nan=False, **kw)
            print('ok', f.getvalue())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e, repr(f.getvalue()))
class Enc(json.JSONEncoder):
    def default(self, o):
        calls.append('Enc')
        return [o.real] if isinstance(o, complex) else o
f = io.StringIO()
try: json.dump([1, 2j, object()], f, cls=Enc)
except ValueError as e: print(e, repr(f.getvalue()))
print(calls)
