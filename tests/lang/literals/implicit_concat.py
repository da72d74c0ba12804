# Adjacent string literals are concatenated at compile time.
s = 'abc' 'def'
print(s)
t = ('one '
     "two "
     '''three''')
print(t)
print(r'\n' '\n' == '\\n\n')
b = b'ab' b'cd'
print(b)
x = 5
print(f'{x}' ' and ' f'{x + 1}')
print('a' 'b' * 2)
print(len('' ''))
try:
    eval("'a' b'b'")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
