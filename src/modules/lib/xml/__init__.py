"""xml: the package holding xml.etree, xml.parsers.expat, xml.sax and xml.dom (safepy's own
implementations).

The frozen package also searches an 'xml' directory on sys.path for the subpackages it
lacks (so a copy of CPython's pure-Python xml.dom can be used beside our xml.etree).
"""


def _extend_path():
    import sys
    try:
        import os
        for entry in sys.path:
            d = os.path.join(entry or os.curdir, "xml")
            if d not in __path__ and os.path.isfile(os.path.join(d, "__init__.py")):
                __path__.append(d)
    except Exception:
        pass


_extend_path()
del _extend_path
