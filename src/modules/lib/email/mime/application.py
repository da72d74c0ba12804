"""MIMEApplication: an application/* part.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['MIMEApplication']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


class MIMEApplication(MIMENonMultipart):
    """application/_subtype holding the bytes _data, encoded by _encoder
    (base64 by default)."""

    def __init__(self, _data, _subtype='octet-stream', _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        MIMENonMultipart.__init__(self, 'application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)
