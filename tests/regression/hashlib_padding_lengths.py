# md5/sha1/sha224/sha256 gave wrong digests for inputs whose length is 49..55 mod 64 (the length field was not written into the padding).
import hashlib
data = bytes(range(256)) * 2
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(name)
    for n in range(0, 300):
        h.update(hashlib.new(name, data[:n]).digest())
    print(name, h.hexdigest())
    inc = hashlib.new(name)
    for n in range(0, 140):
        inc.update(data[n:n + 1])
        if n % 7 == 6:
            print(n, inc.hexdigest()[:12], end=' ')
    print()
