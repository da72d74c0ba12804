# safepy printed b'%' for b'%%' % 'x' instead of raising "TypeError: not all arguments converted during bytes formatting" (a str right operand is treated as a mapping/ignored)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'%%' % 'x')
t(lambda: b'%%' % '')
t(lambda: b'x' % 'abc')
t(lambda: b'%(a)s' % '')
t(lambda: b'%s' % 'x')
t(lambda: '%%' % 'x')
