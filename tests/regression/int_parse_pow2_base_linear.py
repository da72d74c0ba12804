# int(text, 16/8/2/32) parsed power-of-two bases by repeated multiplication (quadratic: a few MB of hex took minutes; the enclave's wire decoder went through it too); they are now read bit by bit
n = 1_500_000
x = int('f' * n, 16)
print(x == (1 << (4 * n)) - 1, x.bit_length())
y = int('-0x' + '7' * n, 0)
print(y == -(((1 << (4 * n)) - 1) // 15 * 7), y.bit_length())
z = int('1' + '0' * n, 2)
print(z == 1 << n)
print(int('000000000000000000000000000000001f', 16), int('vv', 32), int('0b_1_0', 0))
print(int('10000000000000000', 16), int('100000000', 16), int('-ffffffffffffffffff', 16))
for bad in ['1g', '0x', '12_', 'f' * 40 + 'g']:
    try:
        int(bad, 16)
    except ValueError as e:
        print('ValueError', str(e)[:60])
print(int.from_bytes(b'\xff' * 1_000_000, 'big') == (1 << 8_000_000) - 1)
print(int.from_bytes(b'\x80\x00', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True),
      int.from_bytes(b'', 'big', signed=True), int.from_bytes(b'\x7f', 'little', signed=True))
