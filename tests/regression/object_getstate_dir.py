# safepy printed dir() of a plain instance without '__getstate__' (object.__getstate__ is new in 3.11) and hasattr(obj, "__getstate__") was False
class Point:
    def __init__(self):
        self.x = 1
print(dir(Point()))
print(hasattr(object(), "__getstate__"), "__getstate__" in dir(object))
print(Point().__getstate__(), object().__getstate__())
