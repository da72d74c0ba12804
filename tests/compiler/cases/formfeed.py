if x:
    pass
x = 1  + 2
