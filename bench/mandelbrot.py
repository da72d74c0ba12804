# mandelbrot: escape-time iteration over a grid of complex points (float arithmetic in
# tight loops), result condensed to a checksum and a small ASCII rendering.
def mandel(w, h, maxit):
    rows = []
    total = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        row = []
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < maxit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
            row.append(i)
        rows.append(row)
    return rows, total

rows, total = mandel(320, 240, 100)
print(total)
chars = " .:-=+*#%@"
for r in rows[::24]:
    print("".join(chars[v * 9 // 100] for v in r[::8]))
