"""xml.parsers.expat: the expat interface, pyexpat under its documented name."""

import sys
from pyexpat import *

sys.modules["xml.parsers.expat.model"] = model
sys.modules["xml.parsers.expat.errors"] = errors
