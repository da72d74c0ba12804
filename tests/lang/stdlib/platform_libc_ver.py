# platform.libc_ver(executable) finds the C library a binary links against in its bytes
# (test_time calls it at import; it was missing). Without an executable name CPython asks
# the running glibc (os.confstr), which safepy does not have: only files are tested.
import os
import platform
import tempfile

cases = [b'\0GLIBC_2.3\0GLIBC_2.17\0GLIBC_2.4\0', b'xx libc.so.6 yy', b'libc_r.so.4.1',
         b'nothing here', b'GLIBC_2.2.5\0libc.so.6\0GLIBC_2.14']
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'bin')
    for data in cases:
        with open(path, 'wb') as f:
            f.write(data)
        print(platform.libc_ver(path), platform.libc_ver(path, 'x', '1'))
    # a name across the boundary between two reads
    with open(path, 'wb') as f:
        f.write(b'.' * 16380 + b'GLIBC_2.28\0')
    print(platform.libc_ver(path), platform.libc_ver(path, chunksize=100))
    try:
        platform.libc_ver(os.path.join(d, 'missing'))
    except FileNotFoundError:
        print('FileNotFoundError')
