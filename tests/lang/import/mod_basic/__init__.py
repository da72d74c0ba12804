"""A simple helper package for import tests."""
VALUE = 42
def greet(name):
    return f'hello {name} from mod_basic'
_private = 'underscore'
