# unittest.mock: mock_open (was missing) reads its data through read/readline/readlines/
# iteration, restarts per open() call, records writes; a mock set as the return value
# of its own child (h.__enter__.return_value = h) no longer makes the parent chain a
# cycle (calling it looped until MemoryError)
from unittest import mock
from unittest.mock import MagicMock, mock_open, patch, call

m = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', m):
    with open('foo') as f:
        print(repr(f.read()))
    with open('foo') as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open('foo') as f:
        print(list(f))
    with open('bar', 'w') as f:
        f.write('data')
print(m.call_args_list)
m.return_value.write.assert_called_once_with('data')
print(m.mock_calls[:3])

b = mock_open(read_data=b'\x00\x01')
with patch('builtins.open', b):
    with open('x', 'rb') as f:
        print(f.read())
h = mock_open()
h.return_value.read.return_value = 'fixed'
print(h()('ignored') if False else h().read())

h = MagicMock()
h.__enter__.return_value = h
with h as f:
    print(f is h)
h.read(3)
print(h.mock_calls)
c = MagicMock()
c.return_value = c
c(1)
print(c.call_args, c() is c)
d = MagicMock()
child = MagicMock()
d.return_value = child
d()(5)
print(d.mock_calls, child._mock_new_parent is d)
