# Boolean expressions used as values in data processing.
users = [{'name': 'a', 'admin': True, 'active': False}, {'name': 'b', 'admin': False, 'active': True},
         {'name': 'c', 'admin': True, 'active': True}]
print([u['name'] for u in users if u['admin'] and u['active']])
print([u['name'] for u in users if u['admin'] or u['active']])
print([u['name'] for u in users if not u['active']])
print(sum(u['active'] for u in users))
flags = [u['admin'] ^ u['active'] for u in users]
print(flags)
print(any(u['admin'] for u in users), all(u['active'] for u in users))
def validate(s):
    return bool(s) and s.isalnum() and len(s) >= 3
print([validate(s) for s in ['', 'ab', 'abc', 'a b c', 'abc123']])
