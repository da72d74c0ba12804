# len and indexing count code points, not bytes.
s = 'héllo wörld'
print(len(s), len(s.encode('utf-8')))
print(s[1], s[7], s[-4])
e = '日本語テキスト'
print(len(e), e[0], e[-1], e[2:4])
emoji = 'a😀b'
print(len(emoji), emoji[1], emoji[2], len(emoji.encode()))
print(len('\U0001F600\U0001F601'))
mixed = 'aé日😀'
for ch in mixed:
    print(ch, len(ch.encode('utf-8')))
print(mixed[::-1])
