/*
 * fuzz_json.c: libFuzzer harness for json.loads (the C scanner jsonmod_scan.c and the
 * decoder around it) and json.dumps. The input is the document, as str (UTF-8 with
 * surrogateescape for invalid bytes) and as bytes (encoding detection). Checks, besides
 * the sanitizers (the checker below, run by fuzz_pycheck.h): loads either succeeds or
 * raises JSONDecodeError with a position inside the document (or the int-digits
 * ValueError, as CPython), the resource limits aside; strict=False accepts everything
 * strict does, with an equal result; a loaded value dumps (plain, indented + sorted +
 * ensure_ascii=False, compact) to text that loads back equal (NaN equal to NaN); loads of
 * the UTF-8 bytes agrees with loads of the str. One interpreter serves FZ_REUSE inputs
 * (loads cannot change interpreter state).
 */

#define FZ_REUSE 200
#define FZ_STEPS 200000
// above 4300 digits + a few: corpus/json/int_4301_digits (the int-digits limit) must
// reach the checker, not be skipped as too long
#define FZ_MAX_INPUT 8192

#include "fuzz_interp.h"
#include "fuzz_pycheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The checker (Python 3, also runs under CPython 3.11: paste it into a file with
// a loop over the corpus to compare behaviour).
static const char checker[] =
    "import json\n"
    "\n"
    "def joined(s):\n"
    "    # a high surrogate followed by a low one, as one code point: json.dumps escapes\n"
    "    # lone surrogates as \\uXXXX and json.loads joins an escaped pair (CPython too)\n"
    "    out = []\n"
    "    i = 0\n"
    "    while i < len(s):\n"
    "        c = ord(s[i])\n"
    "        if 0xD800 <= c <= 0xDBFF and i + 1 < len(s) and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:\n"
    "            out.append(chr(0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)))\n"
    "            i += 2\n"
    "        else:\n"
    "            out.append(s[i])\n"
    "            i += 1\n"
    "    return ''.join(out)\n"
    "\n"
    "def same(a, b, pairs=False):\n"
    "    # equality where NaN equals NaN and int/float/bool types must agree; with [pairs],\n"
    "    # strings compare with their surrogate pairs joined\n"
    "    if type(a) is not type(b):\n"
    "        return False\n"
    "    if type(a) is float:\n"
    "        return a == b or (a != a and b != b)\n"
    "    if type(a) is str:\n"
    "        return a == b or (pairs and joined(a) == joined(b))\n"
    "    if type(a) is list:\n"
    "        return len(a) == len(b) and all(same(x, y, pairs) for x, y in zip(a, b))\n"
    "    if type(a) is dict:\n"
    "        if len(a) != len(b):\n"
    "            return False\n"
    "        if pairs:\n"
    "            a = {joined(k): v for k, v in a.items()}\n"
    "            b = {joined(k): v for k, v in b.items()}\n"
    "        for k in a:\n"
    "            if k not in b or not same(a[k], b[k], pairs):\n"
    "                return False\n"
    "        return True\n"
    "    return a == b\n"
    "\n"
    "def bad(what, *info):\n"
    "    raise AssertionError(what + ': ' + ' '.join(ascii(x)[:200] for x in info))\n"
    "\n"
    "def load(doc, **kw):\n"
    "    try:\n"
    "        return True, json.loads(doc, **kw)\n"
    "    except json.JSONDecodeError as e:\n"
    "        if not isinstance(e.msg, str) or not 0 <= e.pos <= len(doc):\n"
    "            bad('bad JSONDecodeError', e.msg, e.pos)\n"
    "        if e.lineno < 1 or e.colno < 1:\n"
    "            bad('bad JSONDecodeError position', e.lineno, e.colno)\n"
    "        return False, e\n"
    "    except ValueError as e:\n"
    "        # an integer literal over sys.get_int_max_str_digits() digits, as CPython\n"
    "        if not str(e).startswith('Exceeds the limit'):\n"
    "            raise\n"
    "        return False, e\n"
    "\n"
    "def roundtrip(v, **kw):\n"
    "    try:\n"
    "        s = json.dumps(v, **kw)\n"
    "    except ValueError as e:\n"
    "        if str(e).startswith('Exceeds the limit'):\n"
    "            return\n"
    "        raise\n"
    "    if type(s) is not str:\n"
    "        bad('dumps gave no str', s)\n"
    "    ok, w = load(s)\n"
    "    if not ok:\n"
    "        bad('dumps output does not load', s, w)\n"
    "    if not same(v, w, True):\n"
    "        bad('round trip differs', v, w, s)\n"
    "\n"
    "def check(data):\n"
    "    text = data.decode('utf-8', 'surrogateescape')\n"
    "    ok, v = load(text)\n"
    "    ok2, v2 = load(text, strict=False)\n"
    "    if ok and not (ok2 and same(v, v2)):\n"
    "        bad('strict=False refuses or differs', text)\n"
    "    if ok:\n"
    "        roundtrip(v)\n"
    "        roundtrip(v, ensure_ascii=False, indent=1, sort_keys=True)\n"
    "        roundtrip(v, separators=(',', ':'))\n"
    "    try:\n"
    "        ok3, v3 = True, json.loads(data)\n"
    "    except (json.JSONDecodeError, UnicodeDecodeError):\n"
    "        ok3 = False\n"
    "    except ValueError as e:\n"
    "        if not str(e).startswith('Exceeds the limit'):\n"
    "            raise\n"
    "        ok3 = False\n"
    "    plain = b'\\x00' not in data and not data.startswith(b'\\xef\\xbb\\xbf')\n"
    "    try:\n"
    "        data.decode('utf-8')\n"
    "    except UnicodeDecodeError:\n"
    "        plain = False\n"
    "    if plain and ok3 != ok:\n"
    "        bad('bytes and str documents disagree', data)\n"
    "    if plain and ok and not same(v, v3):\n"
    "        bad('bytes and str results differ', v, v3)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FZ_MAX_INPUT) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    fz_pycheck(I, checker, data, size);
    return 0;
}
