"""Token constants of Python's tokenizer (the numbering of CPython 3.11)."""

# Names in numbering order: the position in this tuple is the token's value. The
# operators' spellings are in _OPERATORS, keyed by name.
_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT',
    'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS',
    'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT',
    'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
    'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
    'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
    'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL',
    'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
    'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL',
    'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD',
    'ERRORTOKEN', 'COMMENT', 'NL', 'ENCODING', 'N_TOKENS',
)

_OPERATORS = {
    'LPAR': '(', 'RPAR': ')', 'LSQB': '[', 'RSQB': ']', 'COLON': ':', 'COMMA': ',',
    'SEMI': ';', 'PLUS': '+', 'MINUS': '-', 'STAR': '*', 'SLASH': '/', 'VBAR': '|',
    'AMPER': '&', 'LESS': '<', 'GREATER': '>', 'EQUAL': '=', 'DOT': '.',
    'PERCENT': '%', 'LBRACE': '{', 'RBRACE': '}', 'EQEQUAL': '==', 'NOTEQUAL': '!=',
    'LESSEQUAL': '<=', 'GREATEREQUAL': '>=', 'TILDE': '~', 'CIRCUMFLEX': '^',
    'LEFTSHIFT': '<<', 'RIGHTSHIFT': '>>', 'DOUBLESTAR': '**', 'PLUSEQUAL': '+=',
    'MINEQUAL': '-=', 'STAREQUAL': '*=', 'SLASHEQUAL': '/=', 'PERCENTEQUAL': '%=',
    'AMPEREQUAL': '&=', 'VBAREQUAL': '|=', 'CIRCUMFLEXEQUAL': '^=',
    'LEFTSHIFTEQUAL': '<<=', 'RIGHTSHIFTEQUAL': '>>=', 'DOUBLESTAREQUAL': '**=',
    'DOUBLESLASH': '//', 'DOUBLESLASHEQUAL': '//=', 'AT': '@', 'ATEQUAL': '@=',
    'RARROW': '->', 'ELLIPSIS': '...', 'COLONEQUAL': ':=',
}

for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
NT_OFFSET = 256

# value -> name for every constant above (NT_OFFSET included, as CPython's)
tok_name = {_value: _name for _value, _name in enumerate(_NAMES)}
tok_name[NT_OFFSET] = 'NT_OFFSET'

# operator spelling -> its exact token type, ordered by spelling
EXACT_TOKEN_TYPES = {_op: globals()[_name]
                     for _op, _name in sorted((op, name) for name, op in _OPERATORS.items())}

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(_NAMES) + ['NT_OFFSET']
del _value, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
