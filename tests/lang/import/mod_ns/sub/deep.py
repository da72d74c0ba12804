from ..leaf import NAME as LEAF
VALUE = 42
