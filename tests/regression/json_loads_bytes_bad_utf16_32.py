# json.loads of bytes that detect as UTF-16/32 but do not decode: UnicodeDecodeError as
# CPython (found by tests/fuzz/fuzz_json.c: the utf-32 fallback raised ValueError from chr)
import json
docs = [b'\0' * 97 + b'true', b'\0\0\0[\0\0\0]', b'[\0\0\0]\0\0\0', b'\0[\0]', b'[\0]\0',
        b'[\0\xd8\0]', b'\xff\xfe[\0]\0', b'\0[\0]\0', b'\0\0\xd8\0\0\0\0]',
        b'\0\0\0[\0\0\0]\0\0\0', b'\0\0\x11\0\0\0\0]', b'\0"\xd8\0\0"', b'"\0\0\xdc"\0',
        b'\0\0\0"\0\0\xd8\0\0\0\0"', b'"\0\0\0\0\xdc\0\0"\0\0\0']
for d in docs:
    try:
        print(ascii(json.loads(d)))
    except Exception as e:
        print(type(e).__name__, e)
