import struct
for order in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        for v in [2**64, -2**63-1, -2**63, 2**63-1, 2**63, 2**64-1, -1, 2**31, 2**32, -2**31-1, 1.5, None, 0, 255, 256, -129, 65536, True]:
            try: r = struct.pack(order+c, v); r = (r, struct.unpack(order+c, r))
            except Exception as e: r = type(e).__name__+': '+str(e)
            print(order, c, v, r)
for x in [0.1, 1e-5, 6.1e-5, 6.0e-5, 1e-7, 5.9604644775390625e-08, 2.9802322387695312e-08, 2.98023223876953125e-08, 65504.0, 65505.0, 65519.99, -2.5, 1/3, 1e-300, 0.0, -0.0]:
    for c in 'efd':
        for o in '<>@':
            try: r = struct.pack(o+c, x); print(c, x, r, struct.unpack(o+c, r))
            except Exception as e: print(type(e).__name__, e)
print(struct.pack('<f', 3.4028235e38), struct.pack('@f', 3.5e38))
try: struct.pack('<f', 3.5e38)
except OverflowError as e: print(e)
