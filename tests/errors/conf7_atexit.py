import atexit
def bye(name):
    print('bye', name)
atexit.register(bye, 'first')
atexit.register(bye, 'second')
@atexit.register
def last():
    print('registered last runs first')
raise ValueError('uncaught but atexit still runs')
