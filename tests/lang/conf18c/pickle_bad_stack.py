# malformed pickles: the C-style Unpickler raises UnpicklingError, pickle._Unpickler
# IndexError (as CPython's pure-Python unpickler does on its empty stack)
import io
import pickle

BAD_STACK = [
    b'.',
    b'0',
    b'1',
    b'2',
    b'(2',
    b'R',
    b')R',
    b'a',
    b'Na',
    b'b',
    b'Nb',
    b'd',
    b'e',
    b'(e',
    b'ibuiltins\nlist\n',
    b'l',
    b'o',
    b'(o',
    b'p1\n',
    b'q\x00',
    b'r\x00\x00\x00\x00',
    b's',
    b'Ns',
    b'NNs',
    b't',
    b'u',
    b'(u',
    b'}(Nu',
    b'\x81',
    b')\x81',
    b'\x85',
    b'\x86',
    b'N\x86',
    b'\x87',
    b'N\x87',
    b'NN\x87',
    b'\x90',
    b'(\x90',
    b'\x91',
    b'\x92',
    b')}\x92',
    b'\x93',
    b'Vlist\n\x93',
    b'\x94',
]
BAD_MARK = [
    b'N(.',
    b'N(2',
    b'cbuiltins\nlist\n)(R',
    b'cbuiltins\nlist\n()R',
    b']N(a',
    b'cbuiltins\nValueError\n)R}(b',
    b'cbuiltins\nValueError\n)R(}b',
    b'(Nd',
    b'N(p1\n',
    b'N(q\x00',
    b'N(r\x00\x00\x00\x00',
    b'}NN(s',
    b'}N(Ns',
    b'}(NNs',
    b'}((u',
    b'cbuiltins\nlist\n)(\x81',
    b'cbuiltins\nlist\n()\x81',
    b'N(\x85',
    b'NN(\x86',
    b'N(N\x86',
    b'NNN(\x87',
    b'NN(N\x87',
    b'N(NN\x87',
    b']((\x90',
    b'cbuiltins\nlist\n)}(\x92',
    b'cbuiltins\nlist\n)(}\x92',
    b'cbuiltins\nlist\n()}\x92',
    b'Vbuiltins\n(Vlist\n\x93',
    b'Vbuiltins\nVlist\n(\x93',
    b'N(\x94',
]

for name, datas in (("stack", BAD_STACK), ("mark", BAD_MARK)):
    for data in datas:
        out = []
        for cls in (pickle._Unpickler, pickle.Unpickler):
            try:
                cls(io.BytesIO(data)).load()
                out.append('ok')
            except Exception as e:
                out.append(type(e).__name__)
        print(name, data, out)
