# Functions of frozen modules are verified when they first run (their code is loaded
# shape-checked only, docs/notes/frozen21.md): the first call of each comes through every
# way a function can be entered; all must behave as before.
import textwrap, json, string, fractions, shlex, marshal, types, heapq, operator

# plain positional call (the eval loop's fast path for verified code falls back)
print(repr(textwrap.dedent("   a\n   b\n")))
# keyword arguments
print(textwrap.indent("x\ny\n", prefix="> "))
# a method of a class defined in a frozen module, through an instance
print(string.Template("$who likes $what").substitute(who="tim", what="pie"))
# a generator function (first run through the generator path)
print(list(json.JSONEncoder(sort_keys=True).iterencode({"b": [1, 2], "a": None})))
# called from C (a key function, map)
print(sorted(["b c", "a", "d e f"], key=shlex.split))
print(list(map(textwrap.shorten, ["hello world, how are you"], [12])))
# special methods of a frozen class (operators, hashing, formatting)
f = fractions.Fraction(3, 4) + fractions.Fraction(1, 6)
print(f, hash(f) == hash(fractions.Fraction(11, 12)), f"{f}", f > 0.5)
# a frozen function's code, marshalled and loaded again, runs the same
code = marshal.loads(marshal.dumps(textwrap.dedent.__code__))
g = types.FunctionType(code, textwrap.dedent.__globals__)
print(repr(g("  x\n    y\n")), code.co_name, code.co_firstlineno == textwrap.dedent.__code__.co_firstlineno)
# errors raised in frozen code still carry their line numbers
try:
    json.loads("[1, 2")
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_lineno > 0, "json" in tb.tb_frame.f_code.co_filename)
