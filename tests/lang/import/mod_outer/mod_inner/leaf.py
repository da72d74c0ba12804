from .. import TOP_VALUE
from ..sibling import SIBLING
from . import INNER
from .. import sibling as sib_mod
def describe():
    return [TOP_VALUE, SIBLING, INNER, sib_mod.__name__, __name__, __package__]
