from .. import helper
from ..mod_a import A as AA
from . import sibling
VALUE = (helper(), AA, sibling.S)
