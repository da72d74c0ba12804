# NameError with a close existing name: 3.11 adds a "Did you mean" hint to the traceback.
counter = 0
for i in range(3):
    counter += i
print(countr)
