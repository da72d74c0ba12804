def parse(s):
    return int(s)
def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            raise RuntimeError(f"cannot load {it!r}") from e
    return out
def main():
    try:
        load(["1", "x"])
    except RuntimeError:
        cleanup = None
        cleanup.close()
main()
