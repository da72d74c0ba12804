# Indexing and slicing non-ASCII strs forwards, backwards and at random points (the
# index -> byte offset cache), including long strings.
s = "aé€😀" * 50 + "ü" * 7
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-201])
fw = "".join(s[i] for i in range(len(s)))
bw = "".join(s[i] for i in range(len(s) - 1, -1, -1))
print(fw == s, bw == s[::-1])
print(s[5:9], s[198:203], s[-10:-3], s[100:90], s[3::40])
idx = [(i * 37) % len(s) for i in range(300)]
print(all(s[i] == fw[i] for i in idx))
print(s.find("😀", 10), s.rfind("é"), s.index("ü"), s.count("€"))
big = "ж" * 100000 + "end"
print(big[99999], big[100000:], big[-3], len(big), big[50000:50003])
for i in (0, 99999, 3, 100001, 2):
    print(i, big[i])
