print("pkg init", __name__, __package__)
from .mod_a import A
__all__ = ['A', 'helper']
def helper(): return 'helper'
