# Reassigning the loop variable does not affect iteration.
for i in range(3):
    print(i, end=' ')
    i = 100
print()
nums = [1, 2, 3]
for n in nums:
    n *= 10
print(nums)
for idx in range(len(nums)):
    nums[idx] *= 10
print(nums)
r = range(3)
for i in r:
    r = range(100)
    print(i, end=' ')
print()
