# Counting characters in mixed text by iterating code points.
text = 'añbñcñ 日日 😀😀😀'
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(repr(ch), counts[ch], ord(ch))
print(text.count('ñ'), text.count('😀'), text.index('日'))
print(text.split())
print([len(w) for w in text.split()])
print(text.replace('ñ', 'n'))
