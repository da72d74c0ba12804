# a2b_base64(strict_mode=True) raised "Excess padding not allowed" (a 3.12+ message) for padding after a complete quad; CPython 3.11 ignores it
import binascii
for s in [b'YWJj====', b'YWJj=', b'YWJjZA==', b'YWJjZA===', b'YWJjZA==YQ', b'YWJjZA=', b'YQ==', b'YQ===', b'=YQ==', b'YWJj=YQ==', b'YW==Jj', b'']:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, 'Error', e)
