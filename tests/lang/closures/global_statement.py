# global lets functions rebind module-level names.
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
def create():
    global created_later
    created_later = 'made inside function'
create()
print(created_later)
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = 'local'
    return total
print(shadow(), total)
def nested():
    def inner():
        global total
        total = -1
    inner()
nested()
print(total)
