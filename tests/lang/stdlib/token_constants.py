# token (frozen lib/token.py): the constants, tok_name, EXACT_TOKEN_TYPES and __all__ of
# CPython 3.11, and the three predicates. The module was missing (ModuleNotFoundError).
import token
print(token.__all__)
print(token.tok_name)
print(token.EXACT_TOKEN_TYPES)
print(token.NAME, token.OP, token.COMMENT, token.NL, token.ENCODING, token.N_TOKENS,
      token.NT_OFFSET, token.ERRORTOKEN, token.COLONEQUAL, token.SOFT_KEYWORD)
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(256), token.ISNONTERMINAL(300),
      token.ISEOF(0), token.ISEOF(token.NAME))
print(token.tok_name[token.EXACT_TOKEN_TYPES['**=']], token.tok_name[token.EXACT_TOKEN_TYPES['->']])
public = sorted(n for n in dir(token) if not n.startswith('_'))
print(public == sorted(token.__all__), len(public))
from token import *
print(NEWLINE, INDENT, DEDENT, ENDMARKER, tok_name[STRING])
