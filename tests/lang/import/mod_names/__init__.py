print('mod_names __name__ is', __name__)
print('is main?', __name__ == '__main__')
def whoami():
    return __name__
