# tokenize (frozen lib/tokenize.py, was ModuleNotFoundError): generate_tokens/tokenize streams
# (COMMENT, NL, INDENT/DEDENT, strings over lines, numbers, operators' exact_type),
# TokenError/IndentationError, detect_encoding, untokenize in both modes.
import tokenize, io, token
src = '''# comment
def f(a, b=1.5e3, *c):
    """doc
    string"""
    x = [1, 2,
         3]  # trailing
    if a >= 0x1F and b != 0b10:
        return f"{a!r}" + rb'x' 'y' + \\
            u"z"
    elif a:
        pass

    return ... @ a ** 2 // 3j
class C: x: int = 0; y -= .5
'''
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
for t in tokenize.tokenize(io.BytesIO(src.encode()).readline):
    print(token.tok_name[t.type], token.tok_name[t.exact_type], repr(t.string), t.start, t.end)
print(list(tokenize.generate_tokens(io.StringIO('x = 1').readline)))
print(list(tokenize.generate_tokens(io.StringIO('').readline)))
print(list(tokenize.generate_tokens(io.StringIO('if x:\n  y\n').readline))[-3:])
try: list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e: print('TokenError', e.args)
try: list(tokenize.generate_tokens(io.StringIO('s = """abc\n').readline))
except tokenize.TokenError as e: print('TokenError', e.args)
try: list(tokenize.generate_tokens(io.StringIO('if x:\n    a\n  b\n').readline))
except IndentationError as e: print('IndentationError', e.args)
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
print(tokenize.untokenize(tokenize.tokenize(io.BytesIO(b'a = [1,\n  2]\n').readline)))
print(repr(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('def f(x):\n    return x+1\n').readline)])))
names = [t.string for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type == tokenize.NAME]
print(names, tokenize.COMMENT, tokenize.NL, tokenize.ENCODING)
print(list(tokenize.generate_tokens(io.StringIO('a $ b\n').readline)))
print(list(tokenize.generate_tokens(io.StringIO('x = 1 # c').readline)))
print(list(tokenize.generate_tokens(io.StringIO('1_000 1e-5 1.j .5e+3 0o17 00 x.y\n').readline)))
