import warnings
warnings.simplefilter('error')
try:
    compile("x = 1if 1 else 0", "<e>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
warnings.resetwarnings()
x = [0x1for x in (1, 2)]
print(x)
print(1if True else 2)
