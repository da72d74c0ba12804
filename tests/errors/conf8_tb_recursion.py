def walk(n):
    return walk(n + 1) + 1
print("go")
walk(0)
