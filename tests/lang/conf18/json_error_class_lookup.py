# json: the C scanner raises json.decoder.JSONDecodeError as it is when scanning (a
# replaced class is used, as CPython's _json looks it up then); scanstring converts a
# huge end first (OverflowError) and words a negative one 'end is out of bounds'.
import json, json.decoder, sys, _json
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for a in [(b'xxx', sys.maxsize+1), ('xxx', sys.maxsize+1), ('xxx', -1), ('"abc', 1.5), (b'x', 1), ('"ab"', 1)]:
    t(lambda: _json.scanstring(*a))
for a in [(b'xxx', sys.maxsize+1), ('xxx', sys.maxsize+1), ('xxx', 10), ('"ab"', 1)]:
    t(lambda: json.decoder.py_scanstring(*a))
class MyErr(json.JSONDecodeError): pass
old = json.decoder.JSONDecodeError
json.decoder.JSONDecodeError = MyErr
for doc in ('[1,', '{"a" 1}', '"\\q"', 'nul'):
    try: json.loads(doc)
    except MyErr as e: print('MyErr', e)
    except ValueError as e: print('other', type(e).__name__, e)
json.decoder.JSONDecodeError = old
