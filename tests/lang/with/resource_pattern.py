# A typical resource-management class used with with.
class Connection:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        Connection.open_count += 1
        self.log.append('open')
        return self
    def query(self, q):
        if q == 'bad':
            raise ValueError(f'bad query on {self.name}')
        self.log.append(f'query {q}')
        return q.upper()
    def __exit__(self, et, ev, tb):
        Connection.open_count -= 1
        self.log.append('rollback' if et else 'commit')
        self.log.append('close')
conn = Connection('db1')
with conn as c:
    print(c.query('select'))
print(conn.log, Connection.open_count)
conn2 = Connection('db2')
try:
    with conn2 as c:
        c.query('insert')
        c.query('bad')
except ValueError as e:
    print('error:', e)
print(conn2.log, Connection.open_count)
