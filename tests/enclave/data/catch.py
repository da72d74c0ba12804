try:
    while True:
        pass
except Exception as e:
    print("caught:", type(e).__name__)
    while True:
        pass
