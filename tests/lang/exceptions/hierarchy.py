# The built-in exception hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (IndentationError, SyntaxError), (TabError, IndentationError), (AssertionError, Exception),
    (TypeError, ValueError), (bool, int), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(f'{sub.__name__} < {sup.__name__}: {issubclass(sub, sup)}')
print([c.__name__ for c in KeyError.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
