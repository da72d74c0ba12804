# lambdas as key functions for sorted, min, max, map and filter.
people = [('alice', 31), ('bob', 25), ('carol', 35), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 26, people)))
words = ['kiwi', 'fig', 'banana', 'apple']
print(sorted(words, key=lambda w: (len(w), w)))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d, key=lambda k: d[k]), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
