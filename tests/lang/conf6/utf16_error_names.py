for data, enc in [(b'\xff\xfe\x00', 'utf-16'), (b'\xfe\xff\x00', 'utf-16'), (b'a\x00\x00', 'utf-16'), (b'\x00', 'utf-16-le'), (b'\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16'), (b'\xff\xfe\x00\x00\x00', 'utf-32'), (b'\x00\x00', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32'),(b'\x00\xdc', 'utf-16'), (b'\xd8\x00', 'utf-16-be')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
for s, enc in [('\ud800', 'utf-16'), ('\ud800', 'utf-16-be'), ('\ud800', 'utf-32')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
