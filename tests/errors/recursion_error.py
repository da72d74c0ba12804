# Infinite recursion ends in RecursionError with a collapsed "Previous line repeated" traceback.
def countdown(n):
    return countdown(n - 1)


print('starting')
countdown(10)
