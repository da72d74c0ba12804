# The part of a group no except* clause matched propagates (with the clause's own
# exception combined into a new group).
def work():
    try:
        raise ExceptionGroup("batch", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise RuntimeError("while handling values")


work()
