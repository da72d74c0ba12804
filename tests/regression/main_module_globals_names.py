# The __main__ namespace lacked __annotations__ and __cached__ (dir() at module level differed).
print(dir())
print(list(globals()))
print(__annotations__, __cached__)
x: int = 1
print(__annotations__)
