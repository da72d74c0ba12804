# Generator expressions as function arguments and in builtins.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(n for n in nums if n > 0))
print(max((abs(n), n) for n in nums))
print(min(n * n for n in nums))
print(list(n for n in nums if n < 0))
print(tuple(str(n) for n in range(3)))
print(dict((c, ord(c)) for c in 'ab'))
print(set(n % 3 for n in nums) == {0, 1, 2})
print(''.join(c for c in 'a1b2c3' if c.isalpha()))
print(sorted((n for n in nums), key=abs))
print(any(n > 5 for n in nums), all(n != 0 for n in nums))
