"""xml.etree.cElementTree: the old name of xml.etree.ElementTree (deprecated, kept for
programs written for Python 2): the same public names."""

from xml.etree.ElementTree import *
