# pickle.loads accepted or misreported hostile data: truncated FRAMEs, odd DICT, BUILD on objects without __dict__,
# MARK/underflow messages, bad STRING escapes, INT/LONG/FLOAT parsing, NEWOBJ/persistent_load messages (CPython's C unpickler).
import pickle, io, struct
def t(c):
    try:
        r = pickle.loads(c)
        print(repr(c)[:50], 'OK', repr(r)[:60])
    except Exception as e:
        print(repr(c)[:50], type(e).__name__, str(e)[:100])
for op in b'\x8e\x8d\x96':
    for n in (2**63, 2**64-1, 100):
        t(bytes([op]) + struct.pack('<Q', n) + b'ab')
for op in b'BTX':
    for n in (2**31-1, 2**31, 2**32-1, 100):
        t(bytes([op]) + struct.pack('<I', n) + b'ab')
t(b'\x8b' + struct.pack('<i', -1)); t(b'\x8b' + struct.pack('<I', 2**31)); t(b'\x8b' + struct.pack('<i', 2**31-1)+b'a')
for s in [b'F1.5x\n.', b'F 1.5\n.', b'F1_0\n.', b'F1.5', b'Finf\n.', b'F1e500\n.', b'F-nan\n.', b'F1.5 \n.', b'F\n.', b'I1', b'I 1\n.', b'I1_0\n.', b'I0x10\n.', b'I1 \n.', b'L1_0L\n.', b'L0x10L\n.', b'L\n.', b'I\n.', b'N', b'K\x01', b'I010\n.', b'L010\n.', b'I+1\n.', b'L-5\n.', b'I-0\n.',
          b'(K\x01K\x02K\x03d.', b'}(K\x01s.', b'}K\x01s.', b'}(K\x01K\x02K\x03u.', b'](K\x01e.', b'K\x01(e.', b'(K\x01a.', b'(a.', b']a.', b'(t.', b'(0.', b'(1.', b'(2.', b'0.', b'(\x94.', b'(q\x00.', b'(b.',b'(R.', b'(\x81.',
          b'S\'a\n.', b'S"a\'\n.', b'S\'\\x4\'\n.', b'S\'\\\'\n.', b'Va\\x41\n.', b'V\\U00110000\n.', b'V\xff\n.', b'X\x01\x00\x00\x00\xff.', b'X\x02\x00\x00\x00\xed\xa0.', b'\x80\x02c__builtin__\nset\n.', b'\x80\x02cUserDict\nUserDict\n.',
          b'\x80\x04\x8c\x08builtins\x8c\x03int\x93.', b'\x80\x04\x8c\x08builtins\x93.', b'\x80\x04K\x01K\x02\x93.', b'\x80\x04\x8c\x08builtins\x8c\x07nothere\x93.', b'\x80\x04\x8c\x03os.\x8c\x03sep\x93.', b'\x80\x04\x8c\x02os\x8c\x08path.sep\x93.', b'\x80\x04\x8c\x02os\x8c\x0b<locals>.x\x93.',
          b'h\x01.', b'\x80\x02K\x01q\x05h\x05h\x05\x86.', b'g1\n.', b'gx\n.', b'p-1\n.', b'px\n.', b'\x80\x02}q\x00h\x00.', b'\x80\x02K\x01\x94.',
          b'\x80\x02\x82\x01.', b'\x80\x02\x82\x00.', b'\x80\x02\x83\x00\x00.', b'\x84\x00\x00\x00\x80.',
          b'\x80\x02cbuiltins\nlist\n)\x81.', b'\x80\x02cbuiltins\nlist\nK\x01\x81.', b'\x80\x02K\x01)\x81.', b'\x80\x04cbuiltins\nlist\n)K\x01\x92.', b'\x80\x04cbuiltins\nlist\n)}\x92.',
          b'\x80\x02]K\x01b.', b'\x80\x02N}b.', b'\x80\x02cbuiltins\nobject\n)\x81}b.', b'\x80\x02cbuiltins\nobject\n)\x81K\x01b.', b'\x80\x02cbuiltins\nobject\n)\x81}K\x01K\x02sb.',
          b'\x8f(K\x01\x90.', b'K\x01(K\x01\x90.', b'\x8fK\x01\x90.', b'](K\x01K\x02\x90.', b'\x91.', b'(\x91.', b'(]\x91.', b'(}\x91\x85.',
          b'(cbuiltins\nint\nK\x01o.', b'(o.', b'(K\x01o.', b'(ibuiltins\nint\n.', b'(K\x01ibuiltins\nlen\n.', b'\x80\x05\x97.', b'\x80\x05\x98.', b'\x80\x05]\x98.', 
          b'\x80\x06.', b'\x80\xff.', b'\x80\x02\x80\x03N.', b'\x95\xff\xff\xff\xff\xff\xff\xff\xffN.', b'\x95\x00\x00\x00\x00\x00\x00\x00\x00N.', b'\x95\x01\x00\x00\x00\x00\x00\x00\x00N\x95\x01\x00\x00\x00\x00\x00\x00\x00.', b'\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01.', b'\x95\x01\x00\x00\x00\x00\x00\x00\x00K\x01.',
          b'I1\nI2\n\x86N.', b'(lp0\nI1\na.', b'N.extra', ]:
    t(s)
f = io.BytesIO(pickle.dumps([1,2], protocol=4) + pickle.dumps('x', protocol=5) + pickle.dumps(3, protocol=0))
print(pickle.load(f), pickle.load(f), pickle.load(f), f.read())
