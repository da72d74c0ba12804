from . import sub
SPEC_AT_RUN = __spec__.name
