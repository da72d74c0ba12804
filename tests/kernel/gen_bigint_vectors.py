# Generates tests/kernel/bigint_vectors.h: /usr/bin/python3.11 tests/kernel/gen_bigint_vectors.py > tests/kernel/bigint_vectors.h
import random
random.seed(12345)
P=(1<<61)-1
vals = [0,1,2,0xFFFFFFFF,1<<32,(1<<32)+1,(1<<64)-1,1<<64,(1<<96)-1,(1<<160)-1, 10**9, 10**18, 10**19,
        3**100, 7**80, 2**200+12345, 12345678901234567890123456789, (1<<127)-1]
vals += [random.getrandbits(random.choice([33,64,65,100,200,300])) for _ in range(8)]
out=[]
def q(x): return '"%d"'%x
for a in vals:
    for b in vals:
        if random.random() < 0.25 or (a<40 and b<40):
            line=[q(a),q(b),q(a+b), q(a-b) if a>=b else '"-"', q(a*b)]
            if b: line += [q(a//b), q(a%b)]
            else: line += ['"-"','"-"']
            out.append('    {%s},'%', '.join(line))
print('static const char *const ARITH[][7] = {')
print('\n'.join(out))
print('};')
# bit ops on signed values
sv=[0,1,-1,5,-5,0xFFFFFFFF,-0xFFFFFFFF,1<<32,-(1<<32),(1<<64)-1,-(1<<64), 3**50, -(3**50), -(7**40)]
out=[]
for a in sv:
    for b in sv:
        out.append('    {%s},'%', '.join(q(x) for x in (a,b,a&b,a|b,a^b)))
print('static const char *const BITS[][5] = {')
print('\n'.join(out)); print('};')
# shifts
out=[]
for a in [1, 0xFFFFFFFF, 3**60, (1<<64)-1, 7**100]:
    for s in [0,1,31,32,33,63,64,65,100,257]:
        out.append('    {%s, %d, %s, %s},'%(q(a), s, q(a<<s), q(a>>s)))
print('static const char *const SHIFTS_A[] = {0};')
print('typedef struct { const char *a; unsigned s; const char *shl, *shr; } ShiftCase;')
print('static const ShiftCase SHIFTS[] = {'); print('\n'.join(out)); print('};')
# double conversion
out=[]
for a in [1, 2**53, 2**53+1, 2**53+2, 2**53+3, 2**54+2, 2**64-1, 2**64+2**11, 2**64+2**11+1, 2**64+3*2**11,
          10**22, 10**23, 3**200, 2**1023, 2**1024-2**970, 2**1024-2**970-1, 12345678901234567890123]:
    out.append('    {%s, %s},'%(q(a), repr(float(a)).replace('inf','INFINITY') if a < 2**1024-2**970 else 'INFINITY'))
print('typedef struct { const char *a; double d; } DblCase;')
print('static const DblCase DBL[] = {'); print('\n'.join(out)); print('};')
# Karatsuba-size products: check via hash, digits count, low digits and hex
x=3**5000; y=7**3000; z=x*y
w=(11**9000)  # ~31000 bits
print('static const char *const KX_DEC_HEAD = "%s"; static const char *const KX_DEC_TAIL = "%s"; static const size_t KX_DEC_LEN = %d;'%(str(x)[:40], str(x)[-40:], len(str(x))))
print('static const uint64_t KXY_MOD = %dull;'%(z%P))
print('static const uint64_t KWW_MOD = %dull;'%((w*w)%P))
print('static const uint64_t KWX_MOD = %dull;'%((w*x)%P))
print('static const uint64_t KWDX_MOD = %dull; static const uint64_t KWMX_MOD = %dull;'%((w//x)%P, (w%x)%P))
print('static const char *const HEX_X_HEAD = "%s"; static const size_t HEX_X_LEN = %d;'%(('%x'%x)[:40], len('%x'%x)))
print('static const char *const OCT_Y_HEAD = "%s"; static const size_t OCT_Y_LEN = %d;'%(('%o'%y)[:40], len('%o'%y)))
