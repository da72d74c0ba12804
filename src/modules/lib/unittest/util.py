"""unittest.util: small helpers shared by the framework."""
from .case import safe_repr, strclass, _common_shorten_repr, _count_diff_all_purpose, _count_diff_hashable
__unittest = True
