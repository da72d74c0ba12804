import http
from http import HTTPStatus, HTTPMethod
print(type(HTTPStatus), HTTPStatus.__mro__, HTTPMethod.__mro__)
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), format(HTTPStatus.OK), f'{HTTPStatus.OK:5}', HTTPStatus(404), HTTPStatus(404).phrase, HTTPStatus(404).description)
print(repr(HTTPMethod.GET), str(HTTPMethod.GET), HTTPMethod.GET.description, HTTPMethod('GET'), HTTPMethod.GET == 'GET', f'{HTTPMethod.POST}', f'{HTTPMethod.POST:>8}|')
print(len(HTTPStatus), len(HTTPMethod), http.__all__)
for bad in (999, '200', None):
    try: HTTPStatus(bad)
    except ValueError as e: print(e)
try: HTTPMethod('get')
except ValueError as e: print(e)
try: HTTPStatus['nope']
except KeyError as e: print(repr(e))
print(HTTPStatus.OK.value, HTTPStatus.OK.name, HTTPStatus.OK + 1, HTTPStatus['NOT_FOUND'], list(HTTPStatus)[:3])
print(HTTPStatus(418), repr(HTTPStatus(418)), HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.PROCESSING.description == '')
print(HTTPStatus.OK == 200, 200 in HTTPStatus.__members__.values(), HTTPStatus.OK < 300, hash(HTTPStatus.OK) == hash(200))
for s in HTTPStatus:
    print(s.value, s.name, s.phrase, '|', s.description)
for m in HTTPMethod:
    print(repr(m), m.value, m.description, m.upper(), m.lower())
print(sorted(HTTPMethod)[:3], {HTTPStatus.OK: 1}[200])
print('%d %s %r' % (HTTPStatus.CREATED, HTTPStatus.CREATED, HTTPStatus.CREATED))
print(HTTPStatus.OK.phrase.upper(), isinstance(HTTPStatus.OK, int), isinstance(HTTPMethod.GET, str))
import json; print(json.dumps({'s': HTTPStatus.OK, 'm': HTTPMethod.GET}))
