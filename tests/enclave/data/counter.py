# A loaded module whose globals a call mutates: with reset, every call starts from the
# state right after the load.
import builtins
count = 0
seen = []


def bump(n):
    global count
    count += n
    seen.append(n)
    before = hasattr(builtins, "leaked")
    builtins.leaked = n
    return {"count": count, "calls": len(seen), "leak seen": before}
