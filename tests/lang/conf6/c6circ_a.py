import c6circ_b
X = 'a'
def get(): return c6circ_b.Y
