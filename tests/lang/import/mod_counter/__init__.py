print('loading mod_counter (body runs once)')
loads = 1
items = []
def add(x):
    items.append(x)
    return len(items)
