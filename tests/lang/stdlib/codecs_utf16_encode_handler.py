# The UTF-16/UTF-32 encoders and their error handlers: the handler's result is checked
# ((str or bytes, int) tuple, position in range), encoding resumes where it says (a
# negative position counts from the end), each lone surrogate is one call.
import codecs
seen = []
def h(exc):
    seen.append((exc.start, exc.end, exc.reason))
    return ("?", exc.end)
codecs.register_error("t_rec", h)
for enc in ("utf-16-le", "utf-32-be", "utf-16"):
    seen.clear()
    print(enc, "a\ud800\udc00b\udfffc".encode(enc, "t_rec"), seen)
codecs.register_error("t_skip", lambda e: (b"", e.end + 1))
print("a\ud800bc".encode("utf-16-le", "t_skip"))
codecs.register_error("t_back", lambda e: ("X", -1))
print("a\ud800bc".encode("utf-16-le", "t_back"))
codecs.register_error("t_far", lambda e: ("X", 99))
try:
    "a\ud800bc".encode("utf-16-le", "t_far")
except IndexError as e:
    print(e)
for r in [("x",), 5, (5, 1), ["x", 1]]:
    codecs.register_error("t_bad", lambda e, r=r: r)
    try:
        "\ud800".encode("utf-16", "t_bad")
    except TypeError as e:
        print(r, e)
print("a\ud800".encode("utf-16-le", "backslashreplace"), "a\ud800\ud801".encode("utf-32-le", "xmlcharrefreplace"))
