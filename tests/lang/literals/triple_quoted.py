# Triple-quoted strings span lines and may contain quotes.
s = """first
second
third"""
print(s)
print(len(s.splitlines()))
t = '''it's "fine" here'''
print(t)
u = """\
no leading newline"""
print(repr(u))
v = """ends with newline
"""
print(repr(v))
w = """a "" b ''' c"""
print(w)
x = '''tab\there'''
print(x)
