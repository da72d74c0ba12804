def f():
    x = 1

    # comment

    return x
  # odd comment

class A:
    pass
