data = [1, 2, 0]
result = list(map(lambda v: 10 // v, data))
