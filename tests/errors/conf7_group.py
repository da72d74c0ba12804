def f():
    raise ExceptionGroup('many', [ValueError('a'), ExceptionGroup('sub', [TypeError('b')])])
f()
