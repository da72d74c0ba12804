# Allocation-heavy: build and walk complete binary trees (tuples).
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

max_depth = 15
stretch = make(max_depth + 1)
print("stretch tree of depth", max_depth + 1, "check:", check(stretch))
long_lived = make(max_depth)
for d in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - d + 4)
    total = 0
    for _ in range(iterations):
        total += check(make(d))
    print(iterations, "trees of depth", d, "check:", total)
print("long lived tree of depth", max_depth, "check:", check(long_lived))
