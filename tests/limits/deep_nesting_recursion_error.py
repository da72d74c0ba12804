# Deep nesting in every recursive operation ends in RecursionError, never a crash.
def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

deep_list = nest(100000, lambda x: [x])
deep_list2 = nest(100000, lambda x: [x])
deep_tuple = nest(100000, lambda x: (x,))
deep_dict = nest(100000, lambda x: {"k": x})
for name, f in [("repr(list)", lambda: repr(deep_list)),
                ("list == list", lambda: deep_list == deep_list2),
                ("repr(tuple)", lambda: repr(deep_tuple)),
                ("repr(dict)", lambda: repr(deep_dict)),
                ("str(list)", lambda: str(deep_list))]:
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError")
