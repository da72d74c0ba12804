# Uncaught TypeError for unsupported operand types.
def label(n):
    return 'item ' + n


print(label('1'))
print(label(2))
