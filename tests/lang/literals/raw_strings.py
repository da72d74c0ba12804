# Raw string literals keep backslashes literally.
print(r'a\nb')
print(len(r'\n'))
print(r'C:\path\to\file')
print(R'\t' == '\\t')
print(repr(r'\x41'))
print(r'\'' , len(r'\''))
print(r"\"quoted\"")
print(rb'\n' == b'\\n')
print(Rb'\x00', bR'ab\c')
print(r'''multi
\line''')
print(repr(r'\u00e9'))
