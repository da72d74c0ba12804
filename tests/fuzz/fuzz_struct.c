/*
 * fuzz_struct.c: libFuzzer harness for struct (structmod.c): format parsing, calcsize,
 * pack, unpack, pack_into, unpack_from, iter_unpack, Struct. Input: the format, a NUL,
 * then data bytes (no NUL: the format is also the data). Checks, besides the sanitizers:
 * a format calcsize refuses is refused (struct.error) by Struct, pack and unpack too; for
 * a valid one Struct.size equals calcsize, values unpacked from the data pack to exactly
 * calcsize bytes and unpack back equal (NaN aside), the packing is stable, wrong item
 * counts and buffer sizes raise struct.error, pack_into writes only its slot,
 * iter_unpack yields len(data) / size items equal to unpack's (struct.error when the
 * size does not divide it); generated out-of-range values raise struct.error or
 * OverflowError, or round-trip when in range. One interpreter serves FZ_REUSE inputs.
 */

#define FZ_REUSE 200
#define FZ_STEPS 200000
#define FZ_MAX_INPUT 1024

#include "fuzz_interp.h"
#include "fuzz_pycheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The checker (Python 3, also runs under CPython 3.11: paste it into a file with
// a loop over the corpus to compare behaviour).
static const char checker[] =
    "import struct\n"
    "\n"
    "def bad(what, *info):\n"
    "    raise AssertionError(what + ': ' + ' '.join(ascii(x)[:200] for x in info))\n"
    "\n"
    "def same(a, b):\n"
    "    if type(a) is not type(b) or len(a) != len(b):\n"
    "        return False\n"
    "    for x, y in zip(a, b):\n"
    "        if type(x) is not type(y):\n"
    "            return False\n"
    "        if type(x) is float and x != x and y != y:\n"
    "            continue\n"
    "        if x != y:\n"
    "            return False\n"
    "    return True\n"
    "\n"
    "def refused(f, *args):\n"
    "    try:\n"
    "        f(*args)\n"
    "    except struct.error:\n"
    "        return\n"
    "    bad('accepted', f, args)\n"
    "\n"
    "def bigger(v):\n"
    "    # a value of the same kind, often out of its code's range\n"
    "    t = type(v)\n"
    "    if t is int:\n"
    "        return v * 65537 + 1 if v >= 0 else v * 65537 - 1\n"
    "    if t is float:\n"
    "        return v * 1e200 + 1.0\n"
    "    if t is bytes:\n"
    "        return v + b'+'\n"
    "    return v\n"
    "\n"
    "def check(data):\n"
    "    fmt, sep, rest = data.partition(b'\\x00')\n"
    "    if not sep:\n"
    "        rest = fmt\n"
    "    try:\n"
    "        n = struct.calcsize(fmt)\n"
    "    except struct.error:\n"
    "        refused(struct.Struct, fmt)\n"
    "        refused(struct.pack, fmt)\n"
    "        refused(struct.unpack, fmt, rest)\n"
    "        return\n"
    "    if n < 0:\n"
    "        bad('negative size', n)\n"
    "    if fmt.isascii():\n"
    "        if struct.calcsize(fmt.decode()) != n:\n"
    "            bad('str and bytes formats differ', fmt)\n"
    "    S = struct.Struct(fmt)\n"
    "    if S.size != n or S.format != fmt.decode('latin-1'):\n"
    "        bad('Struct attributes', S.size, S.format, n)\n"
    "    if n > 1 << 16:\n"
    "        if n > len(rest):\n"
    "            refused(struct.unpack, fmt, rest)\n"
    "        return\n"
    "    if len(rest) >= n:\n"
    "        buf = rest[:n]\n"
    "    elif rest:\n"
    "        buf = (rest * (n // len(rest) + 1))[:n]\n"
    "    else:\n"
    "        buf = bytes(n)\n"
    "    vals = struct.unpack(fmt, buf)\n"
    "    if type(vals) is not tuple or not same(S.unpack(buf), vals):\n"
    "        bad('Struct.unpack differs', vals)\n"
    "    p = struct.pack(fmt, *vals)\n"
    "    if type(p) is not bytes or len(p) != n:\n"
    "        bad('pack length is not calcsize', len(p), n)\n"
    "    vals2 = struct.unpack(fmt, p)\n"
    "    if not same(vals, vals2):\n"
    "        bad('unpack(pack(x)) != x', vals, vals2)\n"
    "    if struct.pack(fmt, *vals2) != p or S.pack(*vals) != p:\n"
    "        bad('pack not stable', p)\n"
    "    refused(struct.pack, fmt, *vals, 0)\n"
    "    if vals:\n"
    "        refused(struct.pack, fmt, *vals[1:])\n"
    "    if n:\n"
    "        refused(struct.unpack, fmt, buf[1:])\n"
    "    refused(struct.unpack, fmt, buf + b'.')\n"
    "    off = len(rest) % 7\n"
    "    ba = bytearray(off + n + 2)\n"
    "    S.pack_into(ba, off, *vals)\n"
    "    if bytes(ba[off:off + n]) != p or any(ba[:off]) or any(ba[off + n:]):\n"
    "        bad('pack_into wrote elsewhere', off, ba)\n"
    "    if not same(S.unpack_from(ba, off), vals) or not same(struct.unpack_from(fmt, ba, off), vals):\n"
    "        bad('unpack_from differs', off)\n"
    "    refused(S.pack_into, ba, off + 3, *vals)\n"
    "    if n == 0:\n"
    "        refused(struct.iter_unpack, fmt, rest)\n"
    "    elif len(rest) % n:\n"
    "        refused(struct.iter_unpack, fmt, rest)\n"
    "    else:\n"
    "        items = list(S.iter_unpack(rest))\n"
    "        if len(items) != len(rest) // n:\n"
    "            bad('iter_unpack count', len(items), len(rest), n)\n"
    "        for i, it in enumerate(items):\n"
    "            if not same(it, struct.unpack(fmt, rest[i * n:i * n + n])):\n"
    "                bad('iter_unpack item', i, it)\n"
    "    gen = tuple(bigger(v) for v in vals)\n"
    "    try:\n"
    "        q = struct.pack(fmt, *gen)\n"
    "    except (struct.error, OverflowError):\n"
    "        return\n"
    "    if len(q) != n:\n"
    "        bad('pack of generated values: length', len(q), n)\n"
    "    back = struct.unpack(fmt, q)\n"
    "    for x, y in zip(gen, back):\n"
    "        if type(x) is int and x != y:\n"
    "            bad('generated int does not round-trip', x, y, fmt)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FZ_MAX_INPUT) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    fz_pycheck(I, checker, data, size);
    return 0;
}
