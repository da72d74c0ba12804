# Raising inside an except block shows "During handling of the above exception".
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ValueError('cannot divide by zero here')


print(divide(6, 3))
divide(1, 0)
