a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = 'it\'s'
f = "say \"hi\""
g = 'a' 'b' "c"
h = ('a'
     'b')
i = b'bytes'
j = b'a' b'b'
k = rb'\d'
l = br'\d'
m = r'\n'
n = R'\n'
o = u'unicode'
p = U'unicode'
q = '\n\t\r\\\a\b\f\v\0'
r = '\x41\101\u0042\U00000043'
s = b'\x41\101\xff\0'
t = '\q\w\e'
u = 'line1\
line2'
v = """multi
line
string"""
w = 'é€😀'
x = '\u00e9\u20ac\U0001F600'
y = ''
z = b''
aa = '''a'b"c'''
bb = "'"
cc = '"'
dd = '\''
ee = "\""
ff = 'a\'b"c'
gg = u'x' 'y'
hh = '\7\77\777'
ii = b'\7\77\777'
jj = 'tab\there'
kk = '\x00\x1f\x7f\x80\xa0\xad'
ll = '\u2028\u200b\ufeff'
mm = r'\''
nn = r"\""
oo = b'\t\n\r'
