"""xml.parsers: the package of XML parser interfaces (xml.parsers.expat)."""
