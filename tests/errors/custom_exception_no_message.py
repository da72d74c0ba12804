# A custom exception raised without arguments prints only its class name.
class ShutdownRequested(Exception):
    pass


print('raising')
raise ShutdownRequested
