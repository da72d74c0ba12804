# Jump threading skipped the first instruction of a handler region (`if 0:` compiles to a
# JUMP), so the assembler raised "SystemError: compiler: handler region entered before
# its start" for ordinary code such as an `if 0:` in front of a try whose body starts
# with another `if 0:`.
if 0:
    pass
try:
    if 0:
        pass
    try:
        pass
    finally:
        x = 1
except E as e:
    try:
        pass
    except E as e:
        pass
print("module ok", x)


def f(c):
    out = []
    if 0:
        out.append("dead")
    try:
        if 0:
            out.append("dead")
        try:
            out.append("body")
            if c:
                raise KeyError(c)
        finally:
            out.append("finally")
    except KeyError as e:
        try:
            out.append("handler %r" % (e,))
        except ValueError as e2:
            out.append("no")
    return out


print(f(0))
print(f(1))

src = """
while c:
    if 0:
        pass
    try:
        if False:
            pass
        with m:
            pass
    except* E:
        pass
"""
compile(src, "<s>", "exec")
print("compiled")
