Y = __spec__.parent
