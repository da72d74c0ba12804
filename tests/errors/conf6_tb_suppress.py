try:
    try:
        {}['a']
    except KeyError:
        raise AttributeError("no attr") from None
except AttributeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
class E(Exception):
    pass
def h():
    raise E
h()
