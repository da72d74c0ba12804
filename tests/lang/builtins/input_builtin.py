# input() writes the prompt to sys.stdout, reads sys.stdin.readline(), strips the newline.
import sys
class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
class FakeOut:
    def __init__(self):
        self.written = []
    def write(self, s):
        self.written.append(s)
    def flush(self):
        self.written.append('<flush>')
real_in, real_out = sys.stdin, sys.stdout
fake_out = FakeOut()
sys.stdin = FakeIn(['first\n', 'second', ''])
sys.stdout = fake_out
try:
    a = input('name? ')
    b = input()
    try:
        input(42)
        c = 'no error'
    except EOFError as e:
        c = 'EOFError: ' + str(e)
finally:
    sys.stdin, sys.stdout = real_in, real_out
print(repr(a), repr(b), c)
print(fake_out.written)
class BadIn:
    def readline(self):
        return 5
sys.stdin = BadIn()
try:
    input()
except TypeError as e:
    print('TypeError', e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('RuntimeError', e)
sys.stdin = real_in
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
