def area(w, h, *, unit="m"):
    return f"{w * h}{unit}"
print(area(2, 3))
print(area(2, 3, "cm"))
