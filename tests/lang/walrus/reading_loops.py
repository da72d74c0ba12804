# Common walrus pattern: process chunks until exhausted.
chunks = iter(['abc', 'de', '', 'ignored'])
while (chunk := next(chunks)):
    print('chunk', chunk)
text = 'key1=val1;key2=val2;bad;key3=val3'
parsed = {}
for part in text.split(';'):
    if (eq := part.find('=')) != -1:
        parsed[part[:eq]] = part[eq + 1:]
print(parsed)
nums = [5, 12, 7, 30]
if any((big := n) > 10 for n in nums):
    print('first big number', big)
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()):
    total += top
print(total, top)
