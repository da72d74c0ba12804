values = ["1", "2", "x"]
print(list(map(lambda s: int(s) * 2, values[:2])))
total = sum(map(lambda s: int(s), values))
