# -*- coding: latin-1 -*-
# PEP 263 source encodings: a coding cookie on line 1 or 2 of a bytes source (this
# file, an imported module, compile/exec/eval of bytes) decodes it; a str source's cookie
# is ignored; unknown or unusable encodings are SyntaxErrors as in CPython.
HERE = "déjà vu"
print(HERE, len(HERE), ascii(HERE))
import mod_conf12_latin1 as m
print(m.NAME, len(m.NAME))
def t(src):
    try:
        ns = {}
        exec(src, ns)
        print('ok', ns.get('x'))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
t(b'# coding: latin-1\nx = "\xe9"\n')
t(b'#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = "\x80"\n')
t(b'\n# coding=latin-1\nx = "\xe9"\n')
t('# coding: latin-1\nx = "\xe9"\n')
t('# coding: bogus\nx = 1\n')
t(b'# coding: bogus\nx = 1\n')
t(b'\xef\xbb\xbf# coding: latin-1\nx = 1\n')
t(b'\xef\xbb\xbf# coding: utf-8\nx = "\xc3\xa9"\n')
t(b'# coding: utf_8\nx = "\xc3\xa9"\n')
t(b'#coding:ascii\nx = "\xe9"\n')
t(bytearray(b'# coding: latin-1\nx = "\xe9"\n'))
print(eval(b'# coding: latin-1\n"\xe9"'))
print(compile(b'# coding: latin-1\nx = "\xe9"\n', 'f', 'exec').co_consts)
try:
    m.fail()
except ValueError:
    import traceback
    traceback.print_exc()
m.fail()
