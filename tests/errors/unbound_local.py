# Uncaught UnboundLocalError from reading a local before assignment.
total = 0


def add(n):
    total += n
    return total


add(5)
