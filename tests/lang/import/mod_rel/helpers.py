from .constants import PREFIX
def shout(s):
    return PREFIX + s.upper()
PACKAGE = __package__
