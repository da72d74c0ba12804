# pidigits: digits of pi with the unbounded spigot algorithm (big-integer arithmetic).
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits

d = pi_digits(3000)
s = "".join(str(x) for x in d)
for i in range(0, 100, 50):
    print(s[i:i + 50])
print(s[-20:], sum(d))
