"""MIMENonMultipart: a MIME part that cannot have subparts.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['MIMENonMultipart']

from email import errors
from email.mime.base import MIMEBase


class MIMENonMultipart(MIMEBase):
    def attach(self, payload):
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')
