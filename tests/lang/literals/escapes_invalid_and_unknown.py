# Truncated or unknown \x \u \U \N escapes are syntax errors; octal escapes take up to 3 digits.
for src in [r"'\x4'", r"'\u12'", r"'\U1234'", r"'\N{NO SUCH NAME}'", r"b'\x4'"]:
    try:
        eval(src)
        print(src, 'ok')
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg.split(': ')[-1])
print(repr('\x4a'))
print(repr('\1'), repr('\12'), repr('\123'), repr('\1234'))
print(repr(b'\1'), repr(b'\377'))
print(len('\\d'), '\\d')
print(repr(r'\q'), len(r'\q'))
print(eval(r"'\u0041\U00000042'"))
