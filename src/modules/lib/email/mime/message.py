"""MIMEMessage: a message/* part holding a message.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['MIMEMessage']

from email import message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):
    """message/_subtype (rfc822 by default) whose payload is the message _msg."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        MIMENonMultipart.__init__(self, 'message', _subtype, policy=policy)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        # a message/* payload is a list of one message (attach() is refused here)
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
