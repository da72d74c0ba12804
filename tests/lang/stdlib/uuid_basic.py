# uuid: parsing, views, fields, versions, name-based UUIDs, random UUIDs, errors.
import uuid, pickle, copy

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for s in ('{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
          'urn:uuid:12345678-1234-5678-1234-567812345678', '  12345678123456781234567812345678'):
    show(uuid.UUID, s)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
for ver in range(1, 6):
    print(ver, uuid.UUID(int=(1 << 128) - 1, version=ver))
print(uuid.UUID('00000000-0000-0000-c000-000000000000').variant,
      uuid.UUID('00000000-0000-0000-e000-000000000000').variant,
      uuid.UUID('00000000-0000-0000-0000-000000000000').variant,
      uuid.UUID('00000000-0000-0000-0000-000000000000').version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, 'é'))
show(uuid.uuid3, uuid.NAMESPACE_URL, b'http://x')
show(uuid.uuid5, uuid.NAMESPACE_URL, 5)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t != uuid.uuid1())
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.node == 0x123456789abc, t.clock_seq == 0x1234, t.version)
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode())

a = uuid.UUID(int=1); b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, int(b), hash(a) == hash(1))
print(sorted([b, a]), {a: 'x'}[uuid.UUID(int=1)])
show(lambda: a < 1)
show(setattr, a, 'int', 5)
show(setattr, a, 'other', 5)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe, uuid.SafeUUID.unsafe.value)

show(uuid.UUID)
show(uuid.UUID, 'x', int=5)
show(uuid.UUID, '1234')
show(uuid.UUID, 'g2345678123456781234567812345678')
show(uuid.UUID, bytes=b'short')
show(uuid.UUID, bytes_le=b'short')
show(uuid.UUID, fields=(1, 2, 3))
for i in range(6):
    f = [0] * 6
    f[i] = -1
    show(uuid.UUID, fields=tuple(f))
show(uuid.UUID, int=-1)
show(uuid.UUID, int=1 << 128)
show(uuid.UUID, int=0, version=6)
show(uuid.UUID, int=0, version=0)
show(uuid.uuid3, 'notauuid', 'x')
