/*
 * str_codec.c: the text encodings safepy supports (utf-8, ascii, latin-1 and their
 * aliases), for str.encode, bytes.decode and str(bytes, encoding, errors), with
 * CPython's error handlers (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape, surrogatepass) and UnicodeDecodeError /
 * UnicodeEncodeError carrying (encoding, object, start, end, reason).
 *
 * Invariant: decoding produces valid internal UTF-8 whatever the input bytes (every
 * byte sequence goes through kernel/utf8.c's strict decoder or becomes an escape).
 */
#include "../kernel/checked.h"
#include "../kernel/unicode_ucd.h"
#include "../kernel/utf8.h"
#include "exc.h"
#include "int.h"
#include "ops.h"
#include "str_impl.h"
#include "bytes.h"
#include "dict.h"
#include "tuple.h"
#include "type.h"

static const char *codec_name(CodecId c) {
    switch (c) {
    case CODEC_ASCII: return "ascii";
    case CODEC_LATIN1: return "latin-1";
    default: return "utf-8";
    }
}

// Normalized-name aliases of each codec (lower case, '-' and ' ' turned into '_').
static const char *const utf8_names = "utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4";
static const char *const ascii_names = "ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 "
                                       "cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us";
static const char *const latin1_names = "latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 "
                                        "iso_ir_100 csisolatin1 ibm819 iso_8859_1_1987";

// True when the word [w] occurs in the space-separated list [list].
static bool in_list(BView w, const char *list) {
    BView all = bview_cstr(list);
    size_t start = 0;
    while (start < all.n) {
        int64_t sp = bview_find_byte(all, ' ', start);
        size_t end = sp < 0 ? all.n : (size_t)sp;
        if (bview_eq(bview_slice(all, start, end), w)) return true;
        start = end + 1;
    }
    return false;
}

bool str_codec_lookup(Interp *I, Value enc, CodecId *out) {
    *out = CODEC_UTF8;
    if (enc == VAL_NULL) return true;
    BView v = str_view(enc);
    uint8_t tmp[40];
    size_t n = 0;
    bool fits = v.n <= sizeof tmp;
    for (size_t i = 0; fits && i < v.n; i++) {
        int c = bview_get(v, i);
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c == '-' || c == ' ') c = '_';
        tmp[n++] = (uint8_t)c;
    }
    if (fits) {
        BView w = {tmp, n};
        if (in_list(w, utf8_names)) return true;
        if (in_list(w, ascii_names)) {
            *out = CODEC_ASCII;
            return true;
        }
        if (in_list(w, latin1_names)) {
            *out = CODEC_LATIN1;
            return true;
        }
    }
    exc_raise(I, TY_LOOKUP_ERROR, "unknown encoding: %U", enc);
    return false;
}

typedef enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS, ERR_NAMEREPLACE, ERR_UNKNOWN
} ErrHandler;

static ErrHandler handler_of(Value errors) {
    if (errors == VAL_NULL || str_eq_cstr(errors, "strict")) return ERR_STRICT;
    if (str_eq_cstr(errors, "ignore")) return ERR_IGNORE;
    if (str_eq_cstr(errors, "replace")) return ERR_REPLACE;
    if (str_eq_cstr(errors, "backslashreplace")) return ERR_BACKSLASH;
    if (str_eq_cstr(errors, "xmlcharrefreplace")) return ERR_XMLREF;
    if (str_eq_cstr(errors, "surrogateescape")) return ERR_SURROGATEESCAPE;
    if (str_eq_cstr(errors, "surrogatepass")) return ERR_SURROGATEPASS;
    if (str_eq_cstr(errors, "namereplace")) return ERR_NAMEREPLACE;
    return ERR_UNKNOWN;
}

// A new UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
static Value new_unicode_error(Interp *I, TypeId t, CodecId c, Value obj, size_t start, size_t end,
                               const char *reason) {
    Value enc = str_from_cstr(I, codec_name(c));
    Value s = enc == VAL_NULL ? VAL_NULL : int_from_i64(I, (int64_t)start);
    Value e = s == VAL_NULL ? VAL_NULL : int_from_i64(I, (int64_t)end);
    Value r = e == VAL_NULL ? VAL_NULL : str_from_cstr(I, reason);
    if (r == VAL_NULL) return VAL_NULL;
    Value items[5] = {enc, obj, s, e, r};
    return exc_new(I, interp_type(I, t), vview_make(items, 5));
}

static Value raise_unicode_error(Interp *I, TypeId t, CodecId c, Value obj, size_t start, size_t end,
                                 const char *reason) {
    Value exc = new_unicode_error(I, t, c, obj, start, end, reason);
    return exc == VAL_NULL ? VAL_NULL : exc_set(I, exc);
}

// The codecs module (imported through builtins.__import__, as a script would).
static Value codecs_module(Interp *I) {
    Value imp = I->builtins != VAL_NULL ? dict_get(I, I->builtins, interp_name(I, N___import__))
                                        : VAL_NULL;
    Value name = str_from_cstr(I, "codecs");
    if (imp == VAL_NULL || name == VAL_NULL) {
        if (I->exc == VAL_NULL) exc_raise(I, TY_IMPORT_ERROR, "no module named 'codecs'");
        return VAL_NULL;
    }
    return obj_call1(I, imp, name);
}

// A handler registered with codecs.register_error: calls codecs.lookup_error(errors)(exc)
// for the error [exc] over an input of length [n] and checks the result as CPython does
// (codecs._handler_result). On success *rep is the replacement (str, or bytes when
// encoding) and *pos the position to resume at (0 <= pos <= n).
static bool call_handler(Interp *I, Value errors, Value exc, size_t n, bool encoding, Value *rep,
                         size_t *pos) {
    Value mod = exc != VAL_NULL ? codecs_module(I) : VAL_NULL;
    Value lookup = mod != VAL_NULL ? obj_getattr_cstr(I, mod, "lookup_error") : VAL_NULL;
    Value check = lookup != VAL_NULL ? obj_getattr_cstr(I, mod, "_handler_result") : VAL_NULL;
    Value fn = check != VAL_NULL ? obj_call1(I, lookup, errors) : VAL_NULL;
    Value res = fn != VAL_NULL ? obj_call1(I, fn, exc) : VAL_NULL;
    Value len = res != VAL_NULL ? int_from_i64(I, (int64_t)n) : VAL_NULL;
    if (len == VAL_NULL) return false;
    Value a[3] = {res, len, encoding ? I->true_ : I->false_};
    Value r = obj_call(I, check, vview_make(a, 3), VAL_NULL);
    if (r == VAL_NULL) return false;
    int64_t p;
    if (!tuple_check(r) || tuple_len(r) != 2 || !int_to_i64(I, tuple_get(r, 1), &p) || p < 0 ||
        (uint64_t)p > n) {
        if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "bad error handler result");
        return false;
    }
    *rep = tuple_get(r, 0);
    *pos = (size_t)p;
    return true;
}

static Value decode_error(Interp *I, CodecId c, BView v, size_t start, size_t end, const char *reason) {
    Value obj = bytes_new(I, v);
    if (obj == VAL_NULL) return VAL_NULL;
    return raise_unicode_error(I, TY_UNICODE_DECODE_ERROR, c, obj, start, end, reason);
}

static const char hexdig[] = "0123456789abcdef";

static bool add_hex_escape(Interp *I, StrBuilder *sb, uint32_t c) {
    if (c < 0x100) return sb_add_format(I, sb, "\\x%02x", (unsigned)c);
    if (c < 0x10000) return sb_add_format(I, sb, "\\u%04x", (unsigned)c);
    return sb_add_format(I, sb, "\\U%08x", (unsigned)c);
}

// Handles the undecodable bytes [pos, pos+len) of [v] for a non-strict handler.
// Returns the number of bytes consumed (>= 1), 0 on error (exception raised).
static size_t decode_recover(Interp *I, StrBuilder *sb, ErrHandler h, CodecId c, BView v,
                             size_t pos, size_t len, const char *reason) {
    switch (h) {
    case ERR_IGNORE: return len;
    case ERR_REPLACE: return sb_add_codepoint(I, sb, UTF8_REPLACEMENT) ? len : 0;
    case ERR_BACKSLASH:
        for (size_t k = 0; k < len; k++) {
            if (!add_hex_escape(I, sb, (uint32_t)bview_get(v, pos + k))) return 0;
        }
        return len;
    case ERR_SURROGATEESCAPE:
        for (size_t k = 0; k < len; k++) {
            int b = bview_get(v, pos + k);
            if (b < 0x80) {
                decode_error(I, c, v, pos, pos + len, reason);
                return 0;
            }
            if (!sb_add_codepoint(I, sb, 0xDC00u + (uint32_t)b)) return 0;
        }
        return len;
    case ERR_SURROGATEPASS: {
        int b0 = bview_get(v, pos), b1 = bview_get(v, pos + 1), b2 = bview_get(v, pos + 2);
        if (c == CODEC_UTF8 && b0 == 0xED && b1 >= 0xA0 && b1 <= 0xBF && b2 >= 0x80 && b2 <= 0xBF) {
            uint32_t cp = 0xD000u | ((uint32_t)(b1 & 0x3F) << 6) | (uint32_t)(b2 & 0x3F);
            return sb_add_codepoint(I, sb, cp) ? 3 : 0;
        }
        decode_error(I, c, v, pos, pos + len, reason);
        return 0;
    }
    case ERR_NAMEREPLACE: // an encode-only handler
        exc_raise(I, TY_TYPE_ERROR, "don't know how to handle UnicodeDecodeError in error callback");
        return 0;
    default:
        decode_error(I, c, v, pos, pos + len, reason);
        return 0;
    }
}

// Encodings this file does not implement (utf-16, utf-32, utf-8-sig, registered codecs)
// come from the codecs module, as in CPython: codecs.lookup(enc).<which>(obj, errors)[0],
// which must be of type [want]. Called with the LookupError of str_codec_lookup pending.
static Value via_codecs(Interp *I, bool encode, Value obj, Value enc, Value errors,
                        TypeId want) {
    const char *which = encode ? "encode" : "decode";
    const char *role = encode ? "encoder" : "decoder";
    if (!exc_pending_is(I, TY_LOOKUP_ERROR) || I->builtins == VAL_NULL) return VAL_NULL;
    I->exc = VAL_NULL;
    Value mod = codecs_module(I);
    Value lookup = mod != VAL_NULL ? obj_getattr_cstr(I, mod, "lookup") : VAL_NULL;
    Value info = lookup != VAL_NULL ? obj_call1(I, lookup, enc) : VAL_NULL;
    if (info == VAL_NULL) return VAL_NULL;
    // bytes-to-bytes / str-to-str codecs (rot13, hex...) are refused here, as in CPython
    Value text = obj_getattr_cstr(I, info, "_is_text_encoding");
    if (text == VAL_NULL) exc_clear(I);
    else if (text == I->false_)
        return exc_raise(I, TY_LOOKUP_ERROR,
                         "'%U' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                         enc, which);
    // a search function may return a plain 4-tuple: as CPython, take the function by index
    Value fn = tuple_check(info) && tuple_len(info) >= 2 ? tuple_get(info, encode ? 0 : 1)
                                                         : obj_getattr_cstr(I, info, which);
    if (fn == VAL_NULL) return VAL_NULL;
    if (errors == VAL_NULL) errors = str_from_cstr(I, "strict");
    // codecs._call_text_codec rewraps the codec's errors as CPython does
    Value call = obj_getattr_cstr(I, mod, "_call_text_codec");
    Value action = str_from_cstr(I, encode ? "encoding" : "decoding");
    if (call == VAL_NULL || errors == VAL_NULL || action == VAL_NULL) return VAL_NULL;
    Value a[5] = {fn, obj, errors, action, enc};
    Value r = obj_call(I, call, vview_make(a, 5), VAL_NULL);
    if (r == VAL_NULL) return VAL_NULL;
    Value out = tuple_check(r) && tuple_len(r) == 2 ? tuple_get(r, 0) : VAL_NULL;
    if (out == VAL_NULL)
        // CPython's two messages differ by a space
        return exc_raise(I, TY_TYPE_ERROR, encode ? "encoder must return a tuple (object, integer)"
                                                  : "decoder must return a tuple (object,integer)");
    Type *t = interp_type(I, want);
    if (!obj_is_instance_of(I, out, t)) {
        return exc_raise(I, TY_TYPE_ERROR, "'%U' %s returned '%T' instead of '%s'; use codecs.%s() to %s to arbitrary types",
                         enc, role, out, type_name_cstr(I, t), which, which);
    }
    return out;
}

// An encoding or error-handler name reaches CPython's codec machinery as a C string: a
// name with a lone surrogate fails its UTF-8 encoding, UnicodeEncodeError, before any
// lookup. Only non-ASCII names can hold one, so ASCII names cost a flag test.
static bool check_name(Interp *I, Value name) {
    StrObject *o = name != VAL_NULL ? str_cast(name) : NULL;
    if (o == NULL || str_flag(o, STR_ASCII)) return true;
    return str_codec_encode(I, name, VAL_NULL, VAL_NULL) != VAL_NULL;
}

Value str_codec_decode(Interp *I, BView v, Value enc, Value errors) {
    CodecId c;
    if (!check_name(I, enc) || !check_name(I, errors)) return VAL_NULL;
    if (!str_codec_lookup(I, enc, &c)) {
        Value b = bytes_new(I, v);
        return b != VAL_NULL ? via_codecs(I, false, b, enc, errors, TY_STR) : VAL_NULL;
    }
    if (utf8_is_ascii(v)) return str_new_counted(I, v, v.n, true);
    if (c == CODEC_LATIN1) return str_from_latin1(I, v);
    ErrHandler h = handler_of(errors);
    if (c == CODEC_UTF8) {
        size_t nchars, epos, elen;
        if (utf8_validate(v, &nchars, &epos, &elen) == UTF8_OK) return str_new_counted(I, v, nchars, false);
    }
    StrBuilder sb;
    sb_init(&sb);
    size_t i = 0, run = 0;
    Value obj = VAL_NULL; // the input as bytes, for a registered handler's exception
    while (i < v.n) {
        uint32_t cp;
        size_t len;
        Utf8Err e;
        const char *reason;
        if (c == CODEC_ASCII) {
            e = bview_get(v, i) < 0x80 ? UTF8_OK : UTF8_BAD_START;
            len = 1;
            reason = "ordinal not in range(128)";
        } else {
            e = utf8_decode_strict(v, i, &cp, &len);
            reason = utf8_err_reason(e);
        }
        if (e == UTF8_OK) {
            i += len;
            continue;
        }
        if (h == ERR_STRICT) return decode_error(I, c, v, i, i + len, reason);
        if (!sb_add_view(I, &sb, bview_slice(v, run, i))) return VAL_NULL;
        if (h == ERR_UNKNOWN) {
            // a registered handler may resume anywhere (even before [i])
            if (obj == VAL_NULL && (obj = bytes_new(I, v)) == VAL_NULL) return VAL_NULL;
            Value exc = new_unicode_error(I, TY_UNICODE_DECODE_ERROR, c, obj, i, i + len, reason);
            Value rep;
            if (!call_handler(I, errors, exc, v.n, false, &rep, &i) || !sb_add_str(I, &sb, rep))
                return VAL_NULL;
        } else {
            size_t used = decode_recover(I, &sb, h, c, v, i, len, reason);
            if (used == 0) return VAL_NULL;
            i += used;
        }
        run = i;
    }
    if (!sb_add_view(I, &sb, bview_slice(v, run, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

/* ---- encoding ---- */

static bool encodable(CodecId c, uint32_t cp) {
    switch (c) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return !utf8_is_surrogate(cp);
    }
}

static KStatus put_cp(Interp *I, Buf *out, CodecId c, uint32_t cp) {
    if (c == CODEC_UTF8) return utf8_buf_push(I->heap, out, cp);
    return buf_push(I->heap, out, (uint8_t)cp);
}

static Value encode_error(Interp *I, CodecId c, Value s, size_t start, size_t end) {
    const char *reason = c == CODEC_ASCII ? "ordinal not in range(128)"
                         : c == CODEC_LATIN1 ? "ordinal not in range(256)"
                                             : "surrogates not allowed";
    return raise_unicode_error(I, TY_UNICODE_ENCODE_ERROR, c, s, start, end, reason);
}

static KStatus put_ascii(Interp *I, Buf *out, const char *text) {
    return buf_append(I->heap, out, bview_cstr(text));
}

// Replaces unencodable code point [cp] according to [h]; false with an exception.
// An error names the run [idx, end) of unencodable characters [cp] is in, as CPython's.
static bool encode_recover(Interp *I, Buf *out, ErrHandler h, CodecId c, Value s,
                           size_t idx, size_t end, uint32_t cp) {
    KStatus st = K_OK;
    switch (h) {
    case ERR_IGNORE: return true;
    case ERR_REPLACE: st = buf_push(I->heap, out, '?'); break;
    case ERR_NAMEREPLACE: {
        // "\N{NAME}" for a named code point, else what backslashreplace gives
        BView names;
        uint8_t name[UNICODE_UCD_NAME_MAX];
        size_t n = unicode_ucd_names(I->heap, &names) == K_OK
                       ? unicode_ucd_name(names, cp, name, sizeof name) : 0;
        if (n > 0) {
            BView nv = {name, n};
            st = put_ascii(I, out, "\\N{");
            if (st == K_OK) st = buf_append(I->heap, out, nv);
            if (st == K_OK) st = buf_push(I->heap, out, '}');
            break;
        }
    }
    // fall through
    case ERR_BACKSLASH: {
        char tmp[12];
        size_t n = 0, digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        tmp[n++] = '\\';
        tmp[n++] = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
        for (size_t k = digits; k > 0; k--) tmp[n++] = hexdig[(cp >> (4 * (k - 1))) & 0xF];
        tmp[n] = 0;
        st = put_ascii(I, out, tmp);
        break;
    }
    case ERR_XMLREF:
        st = put_ascii(I, out, "&#");
        if (st == K_OK) st = buf_append_i64(I->heap, out, cp);
        if (st == K_OK) st = buf_push(I->heap, out, ';');
        break;
    case ERR_SURROGATEESCAPE:
        if (cp < 0xDC80 || cp > 0xDCFF) {
            encode_error(I, c, s, idx, end);
            return false;
        }
        st = buf_push(I->heap, out, (uint8_t)(cp - 0xDC00));
        break;
    case ERR_SURROGATEPASS:
        if (c != CODEC_UTF8 || !utf8_is_surrogate(cp)) {
            encode_error(I, c, s, idx, end);
            return false;
        }
        st = utf8_buf_push(I->heap, out, cp);
        break;
    default:
        encode_error(I, c, s, idx, end);
        return false;
    }
    if (st != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

// Unencodable characters [start, end) of [s] through a registered handler: a str
// replacement must itself be encodable (ASCII; latin-1 for latin-1) or the original error
// is raised, as in CPython; bytes are copied. *resume is the index to continue at.
static bool encode_by_handler(Interp *I, Buf *out, Value errors, CodecId c, Value s, size_t start,
                              size_t end, size_t *resume) {
    if (encode_error(I, c, s, start, end) == VAL_NULL && !exc_pending_is(I, TY_UNICODE_ENCODE_ERROR))
        return false;
    Value exc = I->exc, rep;
    I->exc = VAL_NULL;
    if (!call_handler(I, errors, exc, str_len(s), true, &rep, resume)) return false;
    if (bytes_check(rep)) return buf_append(I->heap, out, bytes_view(rep)) == K_OK || exc_nomem(I) != VAL_NULL;
    StrObject *ro = str_cast(rep);
    if (ro == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad error handler result") != VAL_NULL;
    BView u = str_obj_view(ro);
    for (size_t k = 0, l; k < u.n; k += l) {
        uint32_t cp = utf8_get(u, k, &l);
        if (cp >= (c == CODEC_LATIN1 ? 0x100u : 0x80u)) return encode_error(I, c, s, start, end) != VAL_NULL;
        if (put_cp(I, out, c, cp) != K_OK) return exc_nomem(I) != VAL_NULL;
    }
    return true;
}

Value str_codec_encode(Interp *I, Value s, Value enc, Value errors) {
    CodecId c;
    if (!check_name(I, enc) || !check_name(I, errors)) return VAL_NULL;
    if (!str_codec_lookup(I, enc, &c)) return via_codecs(I, true, s, enc, errors, TY_BYTES);
    StrObject *o = str_cast(s);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    BView v = str_obj_view(o);
    Buf out;
    buf_init(&out);
    if (str_flag(o, STR_ASCII)) {
        if (buf_from_view(I->heap, &out, v) != K_OK) return exc_nomem(I);
        return bytes_wrap(I, out, false);
    }
    ErrHandler h = handler_of(errors);
    if (buf_reserve(I->heap, &out, v.n) != K_OK) return exc_nomem(I);
    size_t off = 0, idx = 0, len;
    while (off < v.n) {
        uint32_t cp = utf8_get(v, off, &len);
        if (encodable(c, cp)) {
            if (put_cp(I, &out, c, cp) != K_OK) return exc_nomem(I);
            off += len;
            idx++;
            continue;
        }
        // The error range covers the whole run of unencodable characters.
        size_t end = idx + 1, o2 = off + len;
        while (o2 < v.n) {
            size_t l2;
            uint32_t c2 = utf8_get(v, o2, &l2);
            if (encodable(c, c2)) break;
            o2 += l2;
            end++;
        }
        if (h == ERR_STRICT) return encode_error(I, c, s, idx, end);
        if (h == ERR_UNKNOWN) {
            if (!encode_by_handler(I, &out, errors, c, s, idx, end, &idx)) return VAL_NULL;
            off = str_offset(s, idx);
            continue;
        }
        for (size_t start = idx; idx < end; idx++) {
            cp = utf8_get(v, off, &len);
            // surrogateescape escapes what it can of the run: its error starts at the
            // first character it cannot escape
            size_t from = h == ERR_SURROGATEESCAPE ? idx : start;
            if (!encode_recover(I, &out, h, c, s, from, end, cp)) return VAL_NULL;
            off += len;
        }
    }
    return bytes_wrap(I, out, false);
}
