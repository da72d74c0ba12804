# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier, isdecimal, isnumeric.
tests = ['123', 'abc', 'abc123', '  ', '', 'ABC', 'Abc Def', 'a_1', '1a', '١٢', '½', '²', 'x y']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.istitle(), t.isidentifier(), t.isdecimal(), t.isnumeric())
print('hello'.isascii(), 'héllo'.isascii(), ''.isascii())
print('abc\n'.isprintable(), 'abc'.isprintable())
# typical use: validating input tokens
tokens = ['42', '-7', '3.5', 'abc', ' 9']
print([t for t in tokens if t.isdigit()])
print([t.strip().isdigit() for t in tokens])
print('Hello World'.istitle(), 'Hello world'.istitle())
