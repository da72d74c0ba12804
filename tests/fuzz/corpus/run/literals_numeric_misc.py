# Complex-free numeric literal edge cases and invalid literal errors.
print(0xff + 0o7 + 0b1)
print(1 if 0x0 else 2)
print(.1 + .2)
for src in ['0x', '1__0', '1_', '0b2', '0o8', '09', '1e', '0x_']:
    try:
        eval(src)
        print(src, 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
print(eval('00'), eval('0_0'))
print(1_0.0_1)
