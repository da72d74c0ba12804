"""encodings.rot_13 (safepy): the str-to-str ROT13 transform (codecs.encode(s, 'rot13'))."""

import codecs

_MAP = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                     'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))


def _rot(input):
    return str.translate(input, _MAP)


globals().update(codecs._bytes_transform_module(__name__, 'rot-13', _rot, _rot,
                                                strict_only=False, charbuffertype=str))
