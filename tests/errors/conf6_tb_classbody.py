class Outer:
    class Inner:
        value = [1, 2][5]
