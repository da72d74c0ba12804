"""MIMEAudio: an audio/* part.

safepy's own implementation; CPython 3.11 is the oracle (the subtype is guessed
from the data's header for AU, WAV, AIFF and AIFF-C)."""

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _guess_audio(h):
    if h.startswith(b'.snd'):
        return 'basic'
    if h.startswith(b'RIFF') and h[8:12] == b'WAVE' and h[12:16] == b'fmt ':
        return 'x-wav'
    if h.startswith(b'FORM') and h[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    return None


class MIMEAudio(MIMENonMultipart):
    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        if _subtype is None:
            _subtype = _guess_audio(_audiodata)
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
