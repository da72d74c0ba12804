# Uncaught ZeroDivisionError inside an expression in a function.
def average(xs):
    return sum(xs) / len(xs)


print(average([1, 2, 3]))
print(average([]))
