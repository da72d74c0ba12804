"""xml.etree: the package holding ElementTree and ElementPath."""
