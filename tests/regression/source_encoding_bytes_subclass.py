# exec/compile/eval of a bytes (or bytearray) subclass with a coding cookie decode the
# source with the named codec itself: a decode() method of the subclass is never called
# (it used to be, and its result silently replaced the source).
class B(bytes):
    def decode(self, *args):
        print("user decode called")
        return 42

class BA(bytearray):
    def decode(self, *args):
        print("user decode called")
        return "x = 'wrong'\n"

src = b"# coding: latin-1\nx = '\xe9'\nprint(len(x), ascii(x))\n"
exec(B(src))
exec(BA(src))
print(ascii(compile(B(src), "f", "exec").co_consts))
print(ascii(eval(B(b"# coding: latin-1\n'\xe9\xe8'"))))
g = {}
exec(B(b"# -*- coding: cp1252 -*-\ny = '\x80'\n"), g)
print(ascii(g["y"]))
try:
    exec(B(b"# coding: no-such-codec\nx = 1\n"))
except SyntaxError as e:
    print(type(e).__name__, e)
