/*
 * binasciimod.c: the binascii module: hex (hexlify/unhexlify with separators), base64
 * (with CPython 3.11's lenient and strict decoding rules), uuencode lines, quoted-printable
 * (RFC 1521, as CPython 3.11 encodes and decodes it), CRC-32 and CRC-CCITT, and the
 * Error/Incomplete exceptions; base64.py, quopri, uu and hmac build on it.
 *
 * Invariant: every output is assembled in a Buf through the checked API; input comes
 * from BViews of bytes, bytearray or ASCII str.
 */
#include "modexc.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"

#define ERR_KEY "binascii.Error"

static const uint32_t crc32_table[256] = {
    0x00000000u, 0x77073096u, 0xee0e612cu, 0x990951bau, 0x076dc419u, 0x706af48fu,
    0xe963a535u, 0x9e6495a3u, 0x0edb8832u, 0x79dcb8a4u, 0xe0d5e91eu, 0x97d2d988u,
    0x09b64c2bu, 0x7eb17cbdu, 0xe7b82d07u, 0x90bf1d91u, 0x1db71064u, 0x6ab020f2u,
    0xf3b97148u, 0x84be41deu, 0x1adad47du, 0x6ddde4ebu, 0xf4d4b551u, 0x83d385c7u,
    0x136c9856u, 0x646ba8c0u, 0xfd62f97au, 0x8a65c9ecu, 0x14015c4fu, 0x63066cd9u,
    0xfa0f3d63u, 0x8d080df5u, 0x3b6e20c8u, 0x4c69105eu, 0xd56041e4u, 0xa2677172u,
    0x3c03e4d1u, 0x4b04d447u, 0xd20d85fdu, 0xa50ab56bu, 0x35b5a8fau, 0x42b2986cu,
    0xdbbbc9d6u, 0xacbcf940u, 0x32d86ce3u, 0x45df5c75u, 0xdcd60dcfu, 0xabd13d59u,
    0x26d930acu, 0x51de003au, 0xc8d75180u, 0xbfd06116u, 0x21b4f4b5u, 0x56b3c423u,
    0xcfba9599u, 0xb8bda50fu, 0x2802b89eu, 0x5f058808u, 0xc60cd9b2u, 0xb10be924u,
    0x2f6f7c87u, 0x58684c11u, 0xc1611dabu, 0xb6662d3du, 0x76dc4190u, 0x01db7106u,
    0x98d220bcu, 0xefd5102au, 0x71b18589u, 0x06b6b51fu, 0x9fbfe4a5u, 0xe8b8d433u,
    0x7807c9a2u, 0x0f00f934u, 0x9609a88eu, 0xe10e9818u, 0x7f6a0dbbu, 0x086d3d2du,
    0x91646c97u, 0xe6635c01u, 0x6b6b51f4u, 0x1c6c6162u, 0x856530d8u, 0xf262004eu,
    0x6c0695edu, 0x1b01a57bu, 0x8208f4c1u, 0xf50fc457u, 0x65b0d9c6u, 0x12b7e950u,
    0x8bbeb8eau, 0xfcb9887cu, 0x62dd1ddfu, 0x15da2d49u, 0x8cd37cf3u, 0xfbd44c65u,
    0x4db26158u, 0x3ab551ceu, 0xa3bc0074u, 0xd4bb30e2u, 0x4adfa541u, 0x3dd895d7u,
    0xa4d1c46du, 0xd3d6f4fbu, 0x4369e96au, 0x346ed9fcu, 0xad678846u, 0xda60b8d0u,
    0x44042d73u, 0x33031de5u, 0xaa0a4c5fu, 0xdd0d7cc9u, 0x5005713cu, 0x270241aau,
    0xbe0b1010u, 0xc90c2086u, 0x5768b525u, 0x206f85b3u, 0xb966d409u, 0xce61e49fu,
    0x5edef90eu, 0x29d9c998u, 0xb0d09822u, 0xc7d7a8b4u, 0x59b33d17u, 0x2eb40d81u,
    0xb7bd5c3bu, 0xc0ba6cadu, 0xedb88320u, 0x9abfb3b6u, 0x03b6e20cu, 0x74b1d29au,
    0xead54739u, 0x9dd277afu, 0x04db2615u, 0x73dc1683u, 0xe3630b12u, 0x94643b84u,
    0x0d6d6a3eu, 0x7a6a5aa8u, 0xe40ecf0bu, 0x9309ff9du, 0x0a00ae27u, 0x7d079eb1u,
    0xf00f9344u, 0x8708a3d2u, 0x1e01f268u, 0x6906c2feu, 0xf762575du, 0x806567cbu,
    0x196c3671u, 0x6e6b06e7u, 0xfed41b76u, 0x89d32be0u, 0x10da7a5au, 0x67dd4accu,
    0xf9b9df6fu, 0x8ebeeff9u, 0x17b7be43u, 0x60b08ed5u, 0xd6d6a3e8u, 0xa1d1937eu,
    0x38d8c2c4u, 0x4fdff252u, 0xd1bb67f1u, 0xa6bc5767u, 0x3fb506ddu, 0x48b2364bu,
    0xd80d2bdau, 0xaf0a1b4cu, 0x36034af6u, 0x41047a60u, 0xdf60efc3u, 0xa867df55u,
    0x316e8eefu, 0x4669be79u, 0xcb61b38cu, 0xbc66831au, 0x256fd2a0u, 0x5268e236u,
    0xcc0c7795u, 0xbb0b4703u, 0x220216b9u, 0x5505262fu, 0xc5ba3bbeu, 0xb2bd0b28u,
    0x2bb45a92u, 0x5cb36a04u, 0xc2d7ffa7u, 0xb5d0cf31u, 0x2cd99e8bu, 0x5bdeae1du,
    0x9b64c2b0u, 0xec63f226u, 0x756aa39cu, 0x026d930au, 0x9c0906a9u, 0xeb0e363fu,
    0x72076785u, 0x05005713u, 0x95bf4a82u, 0xe2b87a14u, 0x7bb12baeu, 0x0cb61b38u,
    0x92d28e9bu, 0xe5d5be0du, 0x7cdcefb7u, 0x0bdbdf21u, 0x86d3d2d4u, 0xf1d4e242u,
    0x68ddb3f8u, 0x1fda836eu, 0x81be16cdu, 0xf6b9265bu, 0x6fb077e1u, 0x18b74777u,
    0x88085ae6u, 0xff0f6a70u, 0x66063bcau, 0x11010b5cu, 0x8f659effu, 0xf862ae69u,
    0x616bffd3u, 0x166ccf45u, 0xa00ae278u, 0xd70dd2eeu, 0x4e048354u, 0x3903b3c2u,
    0xa7672661u, 0xd06016f7u, 0x4969474du, 0x3e6e77dbu, 0xaed16a4au, 0xd9d65adcu,
    0x40df0b66u, 0x37d83bf0u, 0xa9bcae53u, 0xdebb9ec5u, 0x47b2cf7fu, 0x30b5ffe9u,
    0xbdbdf21cu, 0xcabac28au, 0x53b39330u, 0x24b4a3a6u, 0xbad03605u, 0xcdd70693u,
    0x54de5729u, 0x23d967bfu, 0xb3667a2eu, 0xc4614ab8u, 0x5d681b02u, 0x2a6f2b94u,
    0xb40bbe37u, 0xc30c8ea1u, 0x5a05df1bu, 0x2d02ef8du,
};
static const uint16_t crc_hqx_table[256] = {
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7,
    0x8108, 0x9129, 0xa14a, 0xb16b, 0xc18c, 0xd1ad, 0xe1ce, 0xf1ef,
    0x1231, 0x0210, 0x3273, 0x2252, 0x52b5, 0x4294, 0x72f7, 0x62d6,
    0x9339, 0x8318, 0xb37b, 0xa35a, 0xd3bd, 0xc39c, 0xf3ff, 0xe3de,
    0x2462, 0x3443, 0x0420, 0x1401, 0x64e6, 0x74c7, 0x44a4, 0x5485,
    0xa56a, 0xb54b, 0x8528, 0x9509, 0xe5ee, 0xf5cf, 0xc5ac, 0xd58d,
    0x3653, 0x2672, 0x1611, 0x0630, 0x76d7, 0x66f6, 0x5695, 0x46b4,
    0xb75b, 0xa77a, 0x9719, 0x8738, 0xf7df, 0xe7fe, 0xd79d, 0xc7bc,
    0x48c4, 0x58e5, 0x6886, 0x78a7, 0x0840, 0x1861, 0x2802, 0x3823,
    0xc9cc, 0xd9ed, 0xe98e, 0xf9af, 0x8948, 0x9969, 0xa90a, 0xb92b,
    0x5af5, 0x4ad4, 0x7ab7, 0x6a96, 0x1a71, 0x0a50, 0x3a33, 0x2a12,
    0xdbfd, 0xcbdc, 0xfbbf, 0xeb9e, 0x9b79, 0x8b58, 0xbb3b, 0xab1a,
    0x6ca6, 0x7c87, 0x4ce4, 0x5cc5, 0x2c22, 0x3c03, 0x0c60, 0x1c41,
    0xedae, 0xfd8f, 0xcdec, 0xddcd, 0xad2a, 0xbd0b, 0x8d68, 0x9d49,
    0x7e97, 0x6eb6, 0x5ed5, 0x4ef4, 0x3e13, 0x2e32, 0x1e51, 0x0e70,
    0xff9f, 0xefbe, 0xdfdd, 0xcffc, 0xbf1b, 0xaf3a, 0x9f59, 0x8f78,
    0x9188, 0x81a9, 0xb1ca, 0xa1eb, 0xd10c, 0xc12d, 0xf14e, 0xe16f,
    0x1080, 0x00a1, 0x30c2, 0x20e3, 0x5004, 0x4025, 0x7046, 0x6067,
    0x83b9, 0x9398, 0xa3fb, 0xb3da, 0xc33d, 0xd31c, 0xe37f, 0xf35e,
    0x02b1, 0x1290, 0x22f3, 0x32d2, 0x4235, 0x5214, 0x6277, 0x7256,
    0xb5ea, 0xa5cb, 0x95a8, 0x8589, 0xf56e, 0xe54f, 0xd52c, 0xc50d,
    0x34e2, 0x24c3, 0x14a0, 0x0481, 0x7466, 0x6447, 0x5424, 0x4405,
    0xa7db, 0xb7fa, 0x8799, 0x97b8, 0xe75f, 0xf77e, 0xc71d, 0xd73c,
    0x26d3, 0x36f2, 0x0691, 0x16b0, 0x6657, 0x7676, 0x4615, 0x5634,
    0xd94c, 0xc96d, 0xf90e, 0xe92f, 0x99c8, 0x89e9, 0xb98a, 0xa9ab,
    0x5844, 0x4865, 0x7806, 0x6827, 0x18c0, 0x08e1, 0x3882, 0x28a3,
    0xcb7d, 0xdb5c, 0xeb3f, 0xfb1e, 0x8bf9, 0x9bd8, 0xabbb, 0xbb9a,
    0x4a75, 0x5a54, 0x6a37, 0x7a16, 0x0af1, 0x1ad0, 0x2ab3, 0x3a92,
    0xfd2e, 0xed0f, 0xdd6c, 0xcd4d, 0xbdaa, 0xad8b, 0x9de8, 0x8dc9,
    0x7c26, 0x6c07, 0x5c64, 0x4c45, 0x3ca2, 0x2c83, 0x1ce0, 0x0cc1,
    0xef1f, 0xff3e, 0xcf5d, 0xdf7c, 0xaf9b, 0xbfba, 0x8fd9, 0x9ff8,
    0x6e17, 0x7e36, 0x4e55, 0x5e74, 0x2e93, 0x3eb2, 0x0ed1, 0x1ef0,
};

static Value bin_error(Interp *I, const char *msg) {
    return exc_raise_type(I, modexc_get(I, ERR_KEY), "%s", msg);
}

// Input of the a2b_* functions: bytes-like or an ASCII-only str.
static bool ascii_data(Interp *I, Value v, BView *out) {
    if (bytes_check(v) || bytearray_check(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (str_check(v)) {
        BView s = str_view(v);
        for (size_t i = 0; i < s.n; i++)
            if (bview_get(s, i) >= 128) {
                exc_raise(I, TY_VALUE_ERROR, "string argument should contain only ASCII characters");
                return false;
            }
        *out = s;
        return true;
    }
    // any other buffer (memoryview, array.array)
    if (bytes_arg(I, v, NULL, out)) return true;
    if (!exc_pending_is(I, TY_TYPE_ERROR)) return false;
    exc_clear(I);
    exc_raise(I, TY_TYPE_ERROR, "argument should be bytes, buffer or ASCII string, not '%T'", v);
    return false;
}

// Input of the b2a_* functions and the CRCs: bytes-like only.
static bool binary_data(Interp *I, Value v, BView *out) { return bytes_arg(I, v, NULL, out); }

static Value finish(Interp *I, Buf *b) { return bytes_new(I, buf_view(b)); }

// An optional flag argument [v] (VAL_NULL: not given, [dflt]) as 0 or 1 in *out.
static bool flag_arg(Interp *I, Value v, int dflt, int *out) {
    *out = v == VAL_NULL ? dflt : obj_truth(I, v);
    return *out >= 0;
}

// ---- hex ----

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value hexlify(Interp *I, ValView args, Value kwnames, const char *fname) {
    Value data, sepv, bpsv;
    if (!args_parse(I, args, kwnames, fname, "data | sep bytes_per_sep", &data, &sepv, &bpsv))
        return VAL_NULL;
    BView v;
    if (!binary_data(I, data, &v)) return VAL_NULL;
    Buf b;
    if (!bytes_hexlify(I, v, sepv, bpsv, true, &b)) return VAL_NULL;
    return finish(I, &b);
}

static Value m_hexlify(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return hexlify(I, args, kwnames, "hexlify");
}
static Value m_b2a_hex(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return hexlify(I, args, kwnames, "b2a_hex");
}

static Value unhexlify(Interp *I, ValView args, Value kwnames, const char *fname) {
    Value data;
    if (!args_parse(I, args, kwnames, fname, "hexstr /", &data)) return VAL_NULL;
    BView v;
    if (!ascii_data(I, data, &v)) return VAL_NULL;
    if (v.n % 2 != 0) return bin_error(I, "Odd-length string");
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, v.n / 2) != K_OK) return exc_nomem(I);
    for (size_t i = 0; i < v.n; i += 2) {
        int hi = hexval(bview_get(v, i)), lo = hexval(bview_get(v, i + 1));
        if (hi < 0 || lo < 0) return bin_error(I, "Non-hexadecimal digit found");
        if (buf_push(I->heap, &b, (uint8_t)(hi * 16 + lo)) != K_OK) return exc_nomem(I);
    }
    return finish(I, &b);
}

static Value m_unhexlify(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return unhexlify(I, args, kwnames, "unhexlify");
}
static Value m_a2b_hex(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return unhexlify(I, args, kwnames, "a2b_hex");
}

// ---- base64 ----

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(int c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Value m_b2a_base64(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, nl;
    if (!args_parse(I, args, kwnames, "b2a_base64", "data / | $ newline", &data, &nl)) return VAL_NULL;
    BView v;
    if (!binary_data(I, data, &v)) return VAL_NULL;
    int newline;
    if (!flag_arg(I, nl, 1, &newline)) return VAL_NULL;
    Buf b;
    buf_init(&b);
    if (v.n > BUF_MAX_LEN / 2 || buf_reserve(I->heap, &b, (v.n + 2) / 3 * 4 + 1) != K_OK)
        return exc_nomem(I);
    for (size_t i = 0; i < v.n; i += 3) {
        size_t left = v.n - i;
        uint32_t w = (uint32_t)bview_get(v, i) << 16;
        if (left > 1) w |= (uint32_t)bview_get(v, i + 1) << 8;
        if (left > 2) w |= (uint32_t)bview_get(v, i + 2);
        uint8_t out[4] = {(uint8_t)b64chars[(w >> 18) & 63], (uint8_t)b64chars[(w >> 12) & 63],
                          left > 1 ? (uint8_t)b64chars[(w >> 6) & 63] : (uint8_t)'=',
                          left > 2 ? (uint8_t)b64chars[w & 63] : (uint8_t)'='};
        BView ov = {out, 4};
        if (buf_append(I->heap, &b, ov) != K_OK) return exc_nomem(I);
    }
    if (newline && buf_push(I->heap, &b, '\n') != K_OK) return exc_nomem(I);
    return finish(I, &b);
}

static Value m_a2b_base64(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, sm;
    if (!args_parse(I, args, kwnames, "a2b_base64", "data / | $ strict_mode", &data, &sm))
        return VAL_NULL;
    BView v;
    if (!ascii_data(I, data, &v)) return VAL_NULL;
    int strict;
    if (!flag_arg(I, sm, 0, &strict)) return VAL_NULL;
    if (strict && v.n > 0 && bview_get(v, 0) == '=') return bin_error(I, "Leading padding not allowed");
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, v.n / 4 * 3 + 3) != K_OK) return exc_nomem(I);
    int quad = 0, pads = 0;
    bool padding = false;
    uint32_t left = 0;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < v.n) return bin_error(I, "Excess data after padding");
                return finish(I, &b);
            }
            continue;
        }
        int x = b64val(c);
        if (x < 0) {
            if (strict) return bin_error(I, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding) return bin_error(I, "Discontinuous padding not allowed");
        pads = 0;
        KStatus s = K_OK;
        switch (quad) {
        case 0:
            left = (uint32_t)x;
            quad = 1;
            break;
        case 1:
            s = buf_push(I->heap, &b, (uint8_t)((left << 2) | ((uint32_t)x >> 4)));
            left = (uint32_t)x & 0x0f;
            quad = 2;
            break;
        case 2:
            s = buf_push(I->heap, &b, (uint8_t)((left << 4) | ((uint32_t)x >> 2)));
            left = (uint32_t)x & 0x03;
            quad = 3;
            break;
        default:
            s = buf_push(I->heap, &b, (uint8_t)((left << 6) | (uint32_t)x));
            left = 0;
            quad = 0;
            break;
        }
        if (s != K_OK) return exc_nomem(I);
    }
    if (quad == 1) {
        exc_raise_type(I, modexc_get(I, ERR_KEY),
                       "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 "
                       "more than a multiple of 4",
                       b.len / 3 * 4 + 1);
        return VAL_NULL;
    }
    if (quad != 0) return bin_error(I, "Incorrect padding");
    return finish(I, &b);
}

// ---- uuencode: one line of at most 45 bytes, its length in the first character ----

static Value m_b2a_uu(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, bt;
    if (!args_parse(I, args, kwnames, "b2a_uu", "data / | $ backtick", &data, &bt)) return VAL_NULL;
    BView v;
    if (!binary_data(I, data, &v)) return VAL_NULL;
    int backtick;
    if (!flag_arg(I, bt, 0, &backtick)) return VAL_NULL;
    if (v.n > 45) return bin_error(I, "At most 45 bytes at once");
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, 2 + (v.n + 2) / 3 * 4) != K_OK) return exc_nomem(I);
    // six bits per character: ' ' + value, or '`' for zero when asked
    uint8_t lenc = backtick && v.n == 0 ? (uint8_t)'`' : (uint8_t)(' ' + v.n);
    if (buf_push(I->heap, &b, lenc) != K_OK) return exc_nomem(I);
    for (size_t i = 0; i < v.n; i += 3) {
        uint32_t w = 0;
        for (size_t k = 0; k < 3; k++) w = (w << 8) | (i + k < v.n ? (uint32_t)bview_get(v, i + k) : 0u);
        for (int k = 3; k >= 0; k--) {
            uint32_t x = (w >> (6 * k)) & 63u;
            uint8_t c = backtick && x == 0 ? (uint8_t)'`' : (uint8_t)(' ' + x);
            if (buf_push(I->heap, &b, c) != K_OK) return exc_nomem(I);
        }
    }
    if (buf_push(I->heap, &b, '\n') != K_OK) return exc_nomem(I);
    return finish(I, &b);
}

static Value m_a2b_uu(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data;
    if (!args_parse(I, args, kwnames, "a2b_uu", "data /", &data)) return VAL_NULL;
    BView v;
    if (!ascii_data(I, data, &v)) return VAL_NULL;
    // the first character gives the decoded length (an empty line reads as length 32)
    size_t want = (size_t)((v.n > 0 ? bview_get(v, 0) : 0) - ' ') & 63u;
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, want) != K_OK) return exc_nomem(I);
    size_t i = 1;
    uint32_t acc = 0;
    int bits = 0;
    while (b.len < want) {
        int c = i < v.n ? bview_get(v, i) : 0;
        uint32_t x = 0;
        // a line end (or the end of the data) stands for spaces eaten by a mailer
        if (i < v.n && c != '\n' && c != '\r') {
            if (c < ' ' || c > ' ' + 64) return bin_error(I, "Illegal char");
            x = (uint32_t)(c - ' ') & 63u;
        }
        i++;
        acc = (acc << 6) | x;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (buf_push(I->heap, &b, (uint8_t)(acc >> bits)) != K_OK) return exc_nomem(I);
            acc &= (1u << bits) - 1u;
        }
    }
    for (; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return bin_error(I, "Trailing garbage");
    }
    return finish(I, &b);
}

// ---- quoted-printable ----

#define QP_MAXLINE 76

static Value m_a2b_qp(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, hd;
    if (!args_parse(I, args, kwnames, "a2b_qp", "data | header", &data, &hd)) return VAL_NULL;
    BView v;
    if (!ascii_data(I, data, &v)) return VAL_NULL;
    int header;
    if (!flag_arg(I, hd, 0, &header)) return VAL_NULL;
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, v.n) != K_OK) return exc_nomem(I);
    size_t i = 0;
    while (i < v.n) {
        int c = bview_get(v, i++);
        if (c == '=') {
            if (i >= v.n) break;  // a lone '=' at the end is dropped
            int d = bview_get(v, i);
            if (d == '\n' || d == '\r') {
                // soft line break: skip to past the line end
                while (i < v.n && bview_get(v, i) != '\n') i++;
                if (i < v.n) i++;
                continue;
            }
            int hi = hexval(d), lo = i + 1 < v.n ? hexval(bview_get(v, i + 1)) : -1;
            if (d == '=') {
                i++;  // "==" from broken encoders stands for one '='
            } else if (hi >= 0 && lo >= 0) {
                c = hi * 16 + lo;
                i += 2;
            }
        } else if (header && c == '_') {
            c = ' ';
        }
        if (buf_push(I->heap, &b, (uint8_t)c) != K_OK) return exc_nomem(I);
    }
    return finish(I, &b);
}

static bool qp_push(Interp *I, Buf *b, const char *s) {
    if (buf_append_cstr(I->heap, b, s) == K_OK) return true;
    exc_nomem(I);
    return false;
}

static bool qp_soft_break(Interp *I, Buf *b, bool crlf) { return qp_push(I, b, crlf ? "=\r\n" : "=\n"); }

static bool qp_escape(Interp *I, Buf *b, int c) {
    static const char hex[] = "0123456789ABCDEF";
    char e[4] = {'=', hex[(c >> 4) & 15], hex[c & 15], '\0'};
    return qp_push(I, b, e);
}

// Whether byte [i] of [v] must be written as =XX.
static bool qp_needs_escape(BView v, size_t i, size_t linelen, int quotetabs, int istext, int header) {
    int c = bview_get(v, i);
    bool last = i + 1 == v.n;
    int next = last ? -1 : bview_get(v, i + 1);
    if (c > 126 || c == '=' || (header && c == '_')) return true;
    // a '.' alone on a line would end an SMTP message
    if (c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == 0)) return true;
    if (!istext && (c == '\r' || c == '\n')) return true;
    if ((c == '\t' || c == ' ') && last) return true;
    return c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '));
}

static Value m_b2a_qp(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, qt, it, hd;
    if (!args_parse(I, args, kwnames, "b2a_qp", "data | quotetabs istext header", &data, &qt, &it, &hd))
        return VAL_NULL;
    BView v;
    if (!binary_data(I, data, &v)) return VAL_NULL;
    int quotetabs, istext, header;
    if (!flag_arg(I, qt, 0, &quotetabs) || !flag_arg(I, it, 1, &istext) || !flag_arg(I, hd, 0, &header))
        return VAL_NULL;
    // the output uses CRLF line ends when the first line of the input does
    int64_t nl = bview_find_byte(v, '\n', 0);
    bool crlf = nl > 0 && bview_get(v, (size_t)nl - 1) == '\r';
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, v.n) != K_OK) return exc_nomem(I);
    size_t i = 0, linelen = 0;
    while (i < v.n) {
        int c = bview_get(v, i);
        if (qp_needs_escape(v, i, linelen, quotetabs, istext, header)) {
            if (linelen + 3 >= QP_MAXLINE) {
                if (!qp_soft_break(I, &b, crlf)) return VAL_NULL;
                linelen = 0;
            }
            if (!qp_escape(I, &b, c)) return VAL_NULL;
            i++;
            linelen += 3;
            continue;
        }
        if (istext && (c == '\n' || (c == '\r' && i + 1 < v.n && bview_get(v, i + 1) == '\n'))) {
            linelen = 0;
            // whitespace before a line end would be lost: escape it
            int prev = b.len > 0 ? buf_get(&b, b.len - 1) : -1;
            if (prev == ' ' || prev == '\t') {
                if (buf_resize(I->heap, &b, b.len - 1) != K_OK) return exc_nomem(I);
                if (!qp_escape(I, &b, prev)) return VAL_NULL;
            }
            if (!qp_push(I, &b, crlf ? "\r\n" : "\n")) return VAL_NULL;
            i += c == '\r' ? 2 : 1;
            continue;
        }
        if (i + 1 != v.n && bview_get(v, i + 1) != '\n' && linelen + 1 >= QP_MAXLINE) {
            if (!qp_soft_break(I, &b, crlf)) return VAL_NULL;
            linelen = 0;
        }
        linelen++;
        if (buf_push(I->heap, &b, header && c == ' ' ? (uint8_t)'_' : (uint8_t)c) != K_OK) return exc_nomem(I);
        i++;
    }
    return finish(I, &b);
}

// ---- CRCs ----

// An int argument reduced modulo 2**32 (CPython's unsigned int bitmask converter).
static bool mask32(Interp *I, Value v, uint32_t *out) {
    Value x = obj_index(I, v);
    if (x == VAL_NULL) return false;
    Value m = int_binop(I, x, int_from_i64(I, 0xffffffffLL), BINOP_AND);
    int64_t r;
    if (m == VAL_NULL || !int_to_i64(I, m, &r)) return false;
    *out = (uint32_t)r;
    return true;
}

static Value m_crc32(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "crc32", 1, 2)) return VAL_NULL;
    BView v;
    if (!binary_data(I, vview_get(args, 0), &v)) return VAL_NULL;
    uint32_t crc = 0;
    if (args.n > 1 && !mask32(I, vview_get(args, 1), &crc)) return VAL_NULL;
    crc = ~crc;
    for (size_t i = 0; i < v.n; i++)
        crc = crc32_table[(crc ^ (uint32_t)bview_get(v, i)) & 0xff] ^ (crc >> 8);
    return int_from_u64(I, ~crc);
}

static Value m_crc_hqx(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "crc_hqx", 2, 2)) return VAL_NULL;
    BView v;
    if (!binary_data(I, vview_get(args, 0), &v)) return VAL_NULL;
    uint32_t crc;
    if (!mask32(I, vview_get(args, 1), &crc)) return VAL_NULL;
    crc &= 0xffff;
    for (size_t i = 0; i < v.n; i++)
        crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[((crc >> 8) ^ (uint32_t)bview_get(v, i)) & 0xff];
    return int_from_u64(I, crc);
}

static const MethodDef module_functions[] = {
    {"hexlify", m_hexlify, 0, "Hexadecimal representation of binary data."},
    {"b2a_hex", m_b2a_hex, 0, "Hexadecimal representation of binary data."},
    {"unhexlify", m_unhexlify, 0, "Binary data of hexadecimal representation."},
    {"a2b_hex", m_a2b_hex, 0, "Binary data of hexadecimal representation."},
    {"b2a_base64", m_b2a_base64, 0, "Base64-code line of data."},
    {"a2b_base64", m_a2b_base64, 0, "Decode a line of base64 data."},
    {"b2a_uu", m_b2a_uu, 0, "Uuencode line of data."},
    {"a2b_uu", m_a2b_uu, 0, "Decode a line of uuencoded data."},
    {"b2a_qp", m_b2a_qp, 0, "Encode a string using quoted-printable encoding."},
    {"a2b_qp", m_a2b_qp, 0, "Decode a string of qp-encoded data."},
    {"crc32", m_crc32, 0, "Compute CRC-32 incrementally."},
    {"crc_hqx", m_crc_hqx, 0, "Compute CRC-CCITT incrementally."},
    {NULL, NULL, 0, NULL},
};

bool binasciimod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, module_functions)) return false;
    if (modexc_new_class(I, m, "binascii", "Error", I->types[TY_VALUE_ERROR], ERR_KEY) == NULL)
        return false;
    return modexc_new_class(I, m, "binascii", "Incomplete", I->types[TY_EXCEPTION],
                            "binascii.Incomplete") != NULL;
}
