# An uncaught ValueError at module level prints a traceback and exits with status 1.
print('before the error')
x = int('not a number')
print('never printed')
