# ast.literal_eval accepts what CPython accepts (module ast was missing; only literal_eval exists).
import ast, re
cases = ["[1, 2, {'a': (3, 4.5)}, None, True, -1, 1+2j]", "'abc'", "b'x' b'y'", "'a' 'b'", "1_000", "0x1F", "-0.5e-3", "1e10", "3.", ".5", "(1,)", "()", "[]", "{}", "set()",
         "{1, 2, 3}", "1, 2", "(1, 2,)", "  42", "\t[1]", "-1-2j", "+5", "{'k': [1, {'n': None}]}", "'''tri\nple'''", "r'\\d+'", "u'x'", "1 + 2", "x", "f(1)", "[1, x]", "f'a'",
         "1 +", "--1", "-'a'", "True + 1j", "{[1]: 2}", "set([1])", "None", "...", "1 if 1 else 2", "a.b", "[*a]", "{**a}", "(1, [2, (3, {4: 5})])", "'é' + 'x'", "1j - 2", "0b101", "0o17", "1e500",
         "'\\x41\\n'", "b'\\xff'", "{1: 2, 1: 3}", "[\n1,\n2\n]", "# c\n1", "1 # trailing", "(((1)))", "-(1)", "lambda: 1"]
for c in cases:
    try: r = ast.literal_eval(c); print(repr(c), "->", repr(r), type(r).__name__)
    except Exception as e: print(repr(c), "!!", type(e).__name__, str(e).split(" on line")[0].split(":")[0])
for bad in [5, None, b"1"]:
    try: ast.literal_eval(bad)
    except Exception as e: print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x?", str(e)))
