# unicodedata on non-ASCII text: normalization (decomposition, combining classes,
# composition) and the property functions, all read from the kernel's character database
# (src/kernel/unicode_ucd.c).
import unicodedata

text = "Ünïcödé Straße ΑΣ ОДОС 漢字 ǅ ﬁ ½ ẹ́ 가각 ℌ " * 100
n = 0
for i in range(10):
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n += len(unicodedata.normalize(form, text))
    for c in text[:600]:
        n += unicodedata.combining(c) + len(unicodedata.category(c))
        n += len(unicodedata.decomposition(c)) + unicodedata.mirrored(c)
print(n)
