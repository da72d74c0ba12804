# Compression toys: run-length encoding, Huffman coding, hand-written base64 and a Caesar/Vigenere cipher.

def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out


def rle_decode(pairs):
    return "".join(ch * n for ch, n in pairs)


def rle_text(pairs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in pairs)


class Node:
    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right, self.order = weight, symbol, left, right, order

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)


def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Node(w, s, order=i) for i, (s, w) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    if len(nodes) == 1:
        return {nodes[0].symbol: "0"}, freq
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, left=a, right=b, order=counter))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if node.symbol is not None:
            codes[node.symbol] = prefix
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(nodes[0], "")
    return codes, freq


def huffman_decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)


def b64decode(text: str) -> bytes:
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for ch in quad.replace("=", "A"):
            n = (n << 6) | B64.index(ch)
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)


def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    print(f"{s[:20]!r:<24} -> {rle_text(enc)!r} ({len(enc)} runs)")

text = "this is an example of a huffman tree with some repeated letters eeee"
codes, freq = huffman_codes(text)
for sym in sorted(codes, key=lambda s: (len(codes[s]), s)):
    print(f"  {sym!r}: freq={freq[sym]:2d} code={codes[sym]}")
bits = "".join(codes[ch] for ch in text)
print("bits:", len(bits), "vs", len(text) * 8, f"ratio {len(bits) / (len(text) * 8):.3f}")
print("roundtrip:", huffman_decode(bits, codes) == text)
print("single symbol:", huffman_codes("aaaa")[0])
try:
    huffman_decode(bits[:-1], codes)
except ValueError as e:
    print("ValueError:", str(e)[:30])

for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld ✓".encode(), bytes(range(0, 256, 17))]:
    enc = b64encode(raw)
    dec = b64decode(enc)
    print(f"{raw!r:<45} {enc:<28} {dec == raw}")

msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
for shift in [3, 13, -1, 52]:
    enc = caesar(msg, shift)
    print(f"caesar {shift:>3}: {enc} | back ok: {caesar(enc, -shift) == msg}")
v = vigenere(msg, "Lemon")
print("vigenere:", v)
print("decrypted:", vigenere(v, "Lemon", decrypt=True))

freqs = {}
for ch in caesar(msg, 7).lower():
    if ch.isalpha():
        freqs[ch] = freqs.get(ch, 0) + 1
guess = max(sorted(freqs), key=freqs.get)
shift = (ord(guess) - ord("e")) % 26
print("most common:", guess, "guessed shift:", shift, "->", caesar(caesar(msg, 7), -shift)[:20])

data = "héllo ✓ 日本"
encoded = data.encode("utf-8")
print(encoded, len(data), len(encoded), encoded.decode("utf-8") == data)
print(list(encoded[:8]), encoded.hex(" ", 4) if False else encoded.hex())
print(data.encode("ascii", errors="replace"), data.encode("ascii", "ignore"), data.encode("latin-1", "replace"))
print(bytes([104, 105]).decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xffabc".decode("utf-8", errors="replace"), b"\xffabc".decode("utf-8", "ignore"))
