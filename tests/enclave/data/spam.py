while True:
    print("spam " * 4)
