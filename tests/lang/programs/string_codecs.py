# Hand-written string encodings: Caesar/ROT13, run-length, base conversion and a Vigenere cipher.
def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


def rle_encode(s):
    if not s:
        return ''
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = ch, 1
    out.append(f'{count}{prev}')
    return ''.join(out)


def rle_decode(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)


DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(n, base):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))


def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - 97
            out.append(caesar(ch, -shift if decrypt else shift))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)


msg = 'Hello, World! The quick brown fox.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg, caesar(caesar(msg, 13), 13) == msg)
print(caesar('xyz ABC', 29))
for s in ['aaabccddddde', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa']:
    e = rle_encode(s)
    print(repr(s), '->', repr(e), rle_decode(e) == s)
for n, b in [(255, 2), (255, 16), (-42, 7), (0, 3), (10 ** 20, 36), (35, 36)]:
    r = to_base(n, b)
    print(n, b, r, int(r, b) == n)
secret = vigenere('Attack at dawn!', 'LEMON')
print(secret, vigenere(secret, 'LEMON', decrypt=True))
freq = {}
for ch in enc.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
guess = (ord(top) - ord('o')) % 26
print('guessed shift from most common letter:', guess, caesar(enc, -guess)[:12])
