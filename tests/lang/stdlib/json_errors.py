import json

def attempt(s, **kw):
    try:
        r = json.loads(s, **kw)
        print("OK", repr(r))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
    except Exception as e:
        print(type(e).__name__, e)

cases = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a"}', '{"a":}', '{"a":1,}', '{"a":1 "b":2}',
         '{a:1}', '{"a":1', '[1', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\x01"', 'nul', 'tru', 'fals',
         '1 2', '[] x', '-', '-x', '01', '1.', '1.e5', '1e', '1e+', '.5', '+1', '"\\', '"\\u', '[1,\n2,\n x]',
         '{"a":\n  [1,\n   2,\n   }', 'NaN', 'Infinity', '-Infinity', 'nan', '[-Infinity, NaN]', '\ufeff[]',
         '"\\ud800"', '"\\ud83d\\ude00"', '"\\ud83d\\u0041"', '"\\ud83d x"', '"\\uD83D\\uDE00"', '  \n\t\r [ ] \n',
         '{"a" : 1 , "b" : [ ] }', '[1.5e3, -0, -0.0, 1E2, 2e-3, 123456789012345678901234567890]',
         '"tab\there"', '[true,false,null]', '{"":""}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[,1]', '{,}', '{"a",1}', 'x']
for c in cases:
    attempt(c)
attempt('"\x01"', strict=False)
attempt('"a\nb"', strict=False)
attempt(b'[1, 2]')
attempt(bytearray(b'{"x": "\xc3\xa9"}'))
attempt(b'\xef\xbb\xbf[1]')
attempt(b'\xff\xfe[\x001\x00]\x00')
attempt(b'[\x001\x00]\x00')
attempt(b'\x00[\x001\x00]')
attempt(b'\xff\xfe\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00')
attempt(b'"\x00=\xd8\x00\xde"\x00')
attempt('"\\ud83d\\uzzzz"')
attempt('["\\ud83d\\u", 1]')
attempt('"\u00e9\u4e2d" x')
attempt('["\u00e9\u4e2d", ]')
attempt(5)
attempt(None)
attempt('{"a": 1, "a": 2}')
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
