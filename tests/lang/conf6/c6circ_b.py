import c6circ_a
Y = 'b'
try:
    print(c6circ_a.X)
except AttributeError as e:
    print("circular:", e)
