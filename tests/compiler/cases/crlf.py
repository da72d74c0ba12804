x = 1
y = """a
b"""
if x:
    pass
