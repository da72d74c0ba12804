# colorsys conversions, bit-exact with CPython (module was missing).
import colorsys, itertools
vals = [0.0, 0.1, 0.25, 0.333, 0.5, 0.6, 0.75, 0.9, 1.0]
out = []
for r, g, b in itertools.product(vals, repeat=3):
    out.append((colorsys.rgb_to_hsv(r, g, b), colorsys.rgb_to_hls(r, g, b), colorsys.rgb_to_yiq(r, g, b)))
    h, s, v = colorsys.rgb_to_hsv(r, g, b); out.append(colorsys.hsv_to_rgb(h, s, v))
    h, l, s = colorsys.rgb_to_hls(r, g, b); out.append(colorsys.hls_to_rgb(h, l, s))
    y, i, q = colorsys.rgb_to_yiq(r, g, b); out.append(colorsys.yiq_to_rgb(y, i, q))
    out.append(colorsys.hsv_to_rgb(r, g, b)); out.append(colorsys.hls_to_rgb(r, g, b)); out.append(colorsys.yiq_to_rgb(r, g - 0.5, b - 0.5))
import hashlib
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.hsv_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_hls(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.3, 1.0), colorsys.rgb_to_yiq(1, 1, 1))
