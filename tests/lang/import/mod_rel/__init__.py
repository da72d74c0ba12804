from . import helpers
from .helpers import shout
from .constants import PI as pi_value
PKG_NAME = __name__
