/*
 * hashlibmod.c: the _hashlib module behind hashlib.py: hash objects over the kernel's
 * digests (kernel/digest.h): _hashlib.HASH (MD5, SHA-1, SHA-2, SHA-3), _hashlib.HASHXOF
 * (SHAKE), the BLAKE2 classes _blake2.blake2b/_blake2.blake2s with their parameters,
 * the openssl_<name> constructors, new(), and compare_digest (constant time, used by
 * hmac); and the modules CPython builds when OpenSSL is absent (_md5, _sha1, _sha256,
 * _sha512, _sha3, _blake2), which hashlib falls back on when _hashlib cannot be imported:
 * the same digests under those modules' constructor and type names.
 *
 * Invariant: every HashObject's ctx was started by digest_init/digest_init_blake2, so
 * update/final never see an unknown algorithm.
 */
#include "import.h"
#include "modexc.h"
#include "modtab.h"

#include "../kernel/digest.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

typedef struct HashObject {
    CustomObj h;
    DigestCtx ctx;
} HashObject;

static const CustomLayout hash_layout = {"HashObject"};
CUSTOM_CAST_FN(hash_cast, HashObject, hash_layout)

static const char *const alg_names[DIGEST__COUNT] = {
    "md5",      "sha1",     "sha224",   "sha256",    "sha384",    "sha512",  "sha3_224",
    "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s",
};

static bool is_xof(const DigestCtx *c) {
    return c->alg == DIGEST_SHAKE128 || c->alg == DIGEST_SHAKE256;
}

static HashObject *self_hash(Interp *I, Value self) {
    HashObject *h = hash_cast(self);
    if (h == NULL) exc_raise(I, TY_TYPE_ERROR, "expected a hash object, got '%T'", self);
    return h;
}

// The bytes of a hashable buffer (any bytes-like object), with CPython's messages.
static bool data_view(Interp *I, Value v, BView *out) {
    if (str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "Strings must be encoded before hashing");
        return false;
    }
    return bytes_arg(I, v, "object supporting the buffer API required", out);
}

static bool feed(Interp *I, HashObject *h, Value data) {
    if (data == VAL_NULL) return true;
    BView v;
    if (!data_view(I, data, &v)) return false;
    digest_update(&h->ctx, v.p, v.n);
    return true;
}

static Type *hash_type_for(Interp *I, DigestAlg alg) {
    if (alg == DIGEST_SHAKE128 || alg == DIGEST_SHAKE256) return modexc_get(I, "_hashlib.HASHXOF");
    if (alg == DIGEST_BLAKE2B) return modexc_get(I, "_blake2.blake2b");
    if (alg == DIGEST_BLAKE2S) return modexc_get(I, "_blake2.blake2s");
    return modexc_get(I, "_hashlib.HASH");
}

// A new hash object of class [t] for [alg], fed [data] (VAL_NULL: nothing).
static Value hash_new_in(Interp *I, Type *t, DigestAlg alg, Value data) {
    HashObject *h = custom_alloc(I, t, &hash_layout, sizeof(HashObject));
    if (h == NULL) return VAL_NULL;
    if (digest_init(&h->ctx, alg) != K_OK) return exc_raise(I, TY_VALUE_ERROR, "unsupported hash type");
    if (!feed(I, h, data)) return VAL_NULL;
    return obj_val(h);
}

static Value hash_new_alg(Interp *I, DigestAlg alg, Value data) {
    return hash_new_in(I, hash_type_for(I, alg), alg, data);
}

// ---- output ----

static Value hex_of(Interp *I, BView v) {
    static const char digits[] = "0123456789abcdef";
    Buf b;
    buf_init(&b);
    if (v.n > BUF_MAX_LEN / 2 || buf_reserve(I->heap, &b, 2 * v.n) != K_OK) return exc_nomem(I);
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (buf_push(I->heap, &b, (uint8_t)digits[(c >> 4) & 15]) != K_OK ||
            buf_push(I->heap, &b, (uint8_t)digits[c & 15]) != K_OK)
            return exc_nomem(I);
    }
    return str_new(I, buf_view(&b));
}

// The length argument [lenv] of a SHAKE digest: _sha3's classes ([builtin]) take it as a
// C unsigned long below 2**29, _hashlib's as a Py_ssize_t. A negative length to
// _hashlib's is what CPython 3.11 says when it allocates the result: hexdigest's
// MemoryError, digest's SystemError from PyBytes_FromStringAndSize ([hex] tells which).
static bool xof_length(Interp *I, Value lenv, bool builtin, bool hex, int64_t *n) {
    if (!builtin) {
        if (!args_ssize(I, lenv, n)) return false;
        if (*n < 0) {
            if (hex) exc_nomem(I);
            else exc_raise(I, TY_SYSTEM_ERROR, "Negative size passed to PyBytes_FromStringAndSize");
            return false;
        }
        return true;
    }
    Value iv = obj_index(I, lenv);
    if (iv == VAL_NULL) return false;
    if (int_sign(I, iv) < 0) {
        exc_raise(I, TY_VALUE_ERROR, "value must be positive");
        return false;
    }
    if (int_bit_length(I, iv) > 64) {
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        return false;
    }
    if (int_bit_length(I, iv) > 29) {
        exc_raise(I, TY_VALUE_ERROR, "length is too large");
        return false;
    }
    return int_to_i64(I, iv, n);
}

// The digest of [h] (of class [t]) as bytes; [lenv] is the requested length for XOFs,
// [hex] true for hexdigest.
static Value digest_bytes(Interp *I, HashObject *h, Type *t, Value lenv, bool hex) {
    if (!is_xof(&h->ctx)) {
        uint8_t out[DIGEST_MAX_SIZE];
        size_t n = h->ctx.digest_size;
        if (n > sizeof out || digest_final(&h->ctx, out, n) != K_OK)
            return exc_raise(I, TY_SYSTEM_ERROR, "bad digest state");
        BView v = {out, n};
        return bytes_new(I, v);
    }
    int64_t n;
    if (!xof_length(I, lenv, t != modexc_get(I, "_hashlib.HASHXOF"), hex, &n)) return VAL_NULL;
    if ((uint64_t)n > (uint64_t)1 << 30) return exc_nomem(I);
    Buf b;
    buf_init(&b);
    if (buf_resize(I->heap, &b, (size_t)n) != K_OK) return exc_nomem(I);
    if (n > 0 && digest_final(&h->ctx, b.data, b.len) != K_OK)
        return exc_raise(I, TY_SYSTEM_ERROR, "bad digest state");
    return bytes_new(I, buf_view(&b));
}

static Value get_length_arg(Interp *I, HashObject *h, ValView args, Value kwnames,
                            const char *fname, bool *ok) {
    *ok = false;
    Value lenv = VAL_NULL;
    if (is_xof(&h->ctx)) {
        if (args.n == 0 && args_nkw(kwnames) == 0) {
            exc_raise(I, TY_TYPE_ERROR, "%s() missing required argument 'length' (pos 1)", fname);
            return VAL_NULL;
        }
        if (!args_parse(I, args, kwnames, fname, "length", &lenv)) return VAL_NULL;
    } else if (!args_count(I, args, kwnames, fname, 0, 0)) {
        return VAL_NULL;
    }
    *ok = true;
    return lenv;
}

static Value h_digest(Interp *I, Value self, ValView args, Value kwnames) {
    HashObject *h = self_hash(I, self);
    bool ok;
    if (h == NULL) return VAL_NULL;
    Value lenv = get_length_arg(I, h, args, kwnames, "digest", &ok);
    if (!ok) return VAL_NULL;
    return digest_bytes(I, h, type_of(I, self), lenv, false);
}

static Value h_hexdigest(Interp *I, Value self, ValView args, Value kwnames) {
    HashObject *h = self_hash(I, self);
    bool ok;
    if (h == NULL) return VAL_NULL;
    Value lenv = get_length_arg(I, h, args, kwnames, "hexdigest", &ok);
    if (!ok) return VAL_NULL;
    Value b = digest_bytes(I, h, type_of(I, self), lenv, true);
    return b == VAL_NULL ? VAL_NULL : hex_of(I, bytes_view(b));
}

static Value h_update(Interp *I, Value self, ValView args, Value kwnames) {
    HashObject *h = self_hash(I, self);
    Value data;
    if (h == NULL || !args_parse(I, args, kwnames, "update", "obj /", &data)) return VAL_NULL;
    if (!feed(I, h, data)) return VAL_NULL;
    return I->none;
}

static Value h_copy(Interp *I, Value self, ValView args, Value kwnames) {
    HashObject *h = self_hash(I, self);
    if (h == NULL || !args_count(I, args, kwnames, "copy", 0, 0)) return VAL_NULL;
    HashObject *c = custom_alloc(I, type_of(I, self), &hash_layout, sizeof(HashObject));
    if (c == NULL) return VAL_NULL;
    c->ctx = h->ctx;
    return obj_val(c);
}

static Value h_name(Interp *I, Value self) {
    HashObject *h = self_hash(I, self);
    if (h == NULL) return VAL_NULL;
    return str_from_cstr(I, alg_names[h->ctx.alg < DIGEST__COUNT ? h->ctx.alg : 0]);
}

static Value h_digest_size(Interp *I, Value self) {
    HashObject *h = self_hash(I, self);
    return h == NULL ? VAL_NULL : int_from_i64(I, h->ctx.digest_size);
}

static Value h_block_size(Interp *I, Value self) {
    HashObject *h = self_hash(I, self);
    return h == NULL ? VAL_NULL : int_from_i64(I, h->ctx.block_size);
}

static Value h_repr(Interp *I, Value self) {
    HashObject *h = self_hash(I, self);
    if (h == NULL) return VAL_NULL;
    Type *t = type_of(I, self);
    if (t != modexc_get(I, "_hashlib.HASH") && t != modexc_get(I, "_hashlib.HASHXOF"))
        return obj_default_repr(I, self);   // BLAKE2 and the builtin modules' classes
    return exc_format(I, "<%s %s object @ %p>", alg_names[h->ctx.alg < DIGEST__COUNT ? h->ctx.alg : 0],
                      is_xof(&h->ctx) ? "_hashlib.HASHXOF" : "_hashlib.HASH", (void *)obj_ptr(self));
}

static const MethodDef hash_methods[] = {
    {"update", h_update, 0, "Update this hash object's state with the provided string."},
    {"digest", h_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", h_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", h_copy, 0, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef hash_getsets[] = {
    {"name", h_name, NULL},
    {"digest_size", h_digest_size, NULL},
    {"block_size", h_block_size, NULL},
    {NULL, NULL, NULL},
};

static Value hash_no_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return exc_raise(I, TY_TYPE_ERROR, "cannot create '%N' instances", t);
}

static const TypeSpec hash_spec = {
    .name = "_hashlib.HASH",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(HashObject),
    .base = TY_OBJECT,
    .repr = h_repr,
    .new_ = hash_no_new,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

static const TypeSpec hashxof_spec = {
    .name = "_hashlib.HASHXOF",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(HashObject),
    .base = TY_OBJECT,
    .repr = h_repr,
    .new_ = hash_no_new,
};

// ---- BLAKE2 classes ----

static bool opt_bytes(Interp *I, Value v, const char *what, size_t max, BView *out) {
    out->p = NULL;
    out->n = 0;
    if (v == VAL_NULL) return true;
    if (!bytes_arg(I, v, NULL, out)) return false;
    if (out->n > max) {
        exc_raise(I, TY_VALUE_ERROR, "maximum %s length is %zu bytes", what, max);
        return false;
    }
    return true;
}

// An optional C int argument (CPython's "i" conversion: __index__, then the int range).
static bool opt_int(Interp *I, Value v, int64_t dflt, int64_t *out) {
    *out = dflt;
    if (v == VAL_NULL) return true;
    return int_index_c_int(I, v, out);
}

static Value blake2_new(Interp *I, Type *t, ValView args, Value kwnames) {
    bool b = t != NULL && type_is_subtype(t, modexc_get(I, "_blake2.blake2b"));
    const char *fname = b ? "blake2b" : "blake2s";
    size_t maxd = b ? 64 : 32, maxs = b ? 16 : 8;
    size_t npos = args.n - args_nkw(kwnames);
    if (npos > 1)
        return exc_raise(I, TY_TYPE_ERROR, "%s() takes at most 1 positional argument (%zu given)",
                         fname, npos);
    Value data, ds, key, salt, person, fanout, depth, leaf, noff, ndepth, inner, last, ufs;
    if (!args_parse(I, args, kwnames, fname,
                    "| data / $ digest_size key salt person fanout depth leaf_size node_offset "
                    "node_depth inner_size last_node usedforsecurity",
                    &data, &ds, &key, &salt, &person, &fanout, &depth, &leaf, &noff, &ndepth,
                    &inner, &last, &ufs))
        return VAL_NULL;
    DigestBlake2Params p = {0};
    int64_t x;
    if (!opt_int(I, ds, (int64_t)maxd, &x)) return VAL_NULL;
    if (x < 1 || x > (int64_t)maxd)
        return exc_raise(I, TY_VALUE_ERROR, "digest_size must be between 1 and %zu bytes", maxd);
    p.digest_size = (size_t)x;
    BView kv, sv, pv;
    if (!opt_bytes(I, key, "key", maxd, &kv) || !opt_bytes(I, salt, "salt", maxs, &sv) ||
        !opt_bytes(I, person, "person", maxs, &pv))
        return VAL_NULL;
    if (!opt_int(I, fanout, 1, &x)) return VAL_NULL;
    if (x < 0 || x > 255) return exc_raise(I, TY_VALUE_ERROR, "fanout must be between 0 and 255");
    p.fanout = (uint32_t)x;
    if (!opt_int(I, depth, 1, &x)) return VAL_NULL;
    if (x < 1 || x > 255) return exc_raise(I, TY_VALUE_ERROR, "depth must be between 1 and 255");
    p.depth = (uint32_t)x;
    if (leaf != VAL_NULL) {
        // Like CPython's unsigned long conversion: ints only, no __index__.
        if (!int_check(I, leaf)) return exc_raise(I, TY_TYPE_ERROR, "an integer is required");
        Value lv = leaf;
        if (int_sign(I, lv) < 0) return exc_raise(I, TY_VALUE_ERROR, "value must be positive");
        if (int_bit_length(I, lv) > 64)
            return exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        if (int_bit_length(I, lv) > 32) return exc_raise(I, TY_OVERFLOW_ERROR, "leaf_size is too large");
        if (!int_to_i64(I, lv, &x)) return VAL_NULL;
        p.leaf_size = (uint32_t)x;
    }
    if (noff != VAL_NULL) {
        if (!int_check(I, noff)) return exc_raise(I, TY_TYPE_ERROR, "an integer is required");
        Value ov = noff;
        if (int_sign(I, ov) < 0) return exc_raise(I, TY_VALUE_ERROR, "value must be positive");
        uint64_t bits = int_bit_length(I, ov);
        if (bits > 64) return exc_raise(I, TY_OVERFLOW_ERROR, "int too big to convert");
        if (bits > (b ? 64u : 48u)) return exc_raise(I, TY_OVERFLOW_ERROR, "node_offset is too large");
        if (bits == 64) {
            Value m = int_binop(I, ov, int_from_i64(I, INT64_MAX), BINOP_AND);
            if (m == VAL_NULL || !int_to_i64(I, m, &x)) return VAL_NULL;
            p.node_offset = (uint64_t)x | 0x8000000000000000u;
        } else {
            if (!int_to_i64(I, ov, &x)) return VAL_NULL;
            p.node_offset = (uint64_t)x;
        }
    }
    if (!opt_int(I, ndepth, 0, &x)) return VAL_NULL;
    if (x < 0 || x > 255) return exc_raise(I, TY_VALUE_ERROR, "node_depth must be between 0 and 255");
    p.node_depth = (uint32_t)x;
    if (!opt_int(I, inner, 0, &x)) return VAL_NULL;
    if (x < 0 || x > (int64_t)maxd)
        return exc_raise(I, TY_VALUE_ERROR, "inner_size must be between 0 and is %zu", maxd);
    p.inner_size = (uint32_t)x;
    if (last != VAL_NULL) {
        int tr = obj_truth(I, last);
        if (tr < 0) return VAL_NULL;
        p.last_node = tr != 0;
    }
    HashObject *h = custom_alloc(I, t, &hash_layout, sizeof(HashObject));
    if (h == NULL) return VAL_NULL;
    // The __index__/__bool__ calls above may have resized a bytearray key, salt or person:
    // take their views again now that no Python code runs before they are read.
    if (!opt_bytes(I, key, "key", maxd, &kv) || !opt_bytes(I, salt, "salt", maxs, &sv) ||
        !opt_bytes(I, person, "person", maxs, &pv))
        return VAL_NULL;
    p.key = kv.p;
    p.key_len = kv.n;
    p.salt = sv.p;
    p.salt_len = sv.n;
    p.person = pv.p;
    p.person_len = pv.n;
    if (digest_init_blake2(&h->ctx, b ? DIGEST_BLAKE2B : DIGEST_BLAKE2S, &p) != K_OK)
        return exc_raise(I, TY_VALUE_ERROR, "invalid BLAKE2 parameters");
    if (!feed(I, h, data)) return VAL_NULL;
    return obj_val(h);
}

static const TypeSpec blake2b_spec = {
    .name = "_blake2.blake2b",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(HashObject),
    .base = TY_OBJECT,
    .new_ = blake2_new,
    .methods = hash_methods,
    .getsets = hash_getsets,
    .doc = "Return a new BLAKE2b hash object.",
};

static const TypeSpec blake2s_spec = {
    .name = "_blake2.blake2s",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(HashObject),
    .base = TY_OBJECT,
    .new_ = blake2_new,
    .methods = hash_methods,
    .getsets = hash_getsets,
    .doc = "Return a new BLAKE2s hash object.",
};

// ---- the builtin modules' classes ----

#define BUILTIN_SPEC(tname)                                                               \
    {                                                                                     \
        .name = tname, .inst_kind = K_CUSTOM, .inst_size = sizeof(HashObject),            \
        .base = TY_OBJECT, .new_ = hash_no_new, .methods = hash_methods,                  \
        .getsets = hash_getsets,                                                          \
    }
// indexed by DigestAlg (BLAKE2 has its own classes above)
static const TypeSpec builtin_specs[DIGEST_BLAKE2B] = {
    BUILTIN_SPEC("_md5.md5"),          BUILTIN_SPEC("_sha1.sha1"),
    BUILTIN_SPEC("_sha256.sha224"),    BUILTIN_SPEC("_sha256.sha256"),
    BUILTIN_SPEC("_sha512.sha384"),    BUILTIN_SPEC("_sha512.sha512"),
    BUILTIN_SPEC("_sha3.sha3_224"),    BUILTIN_SPEC("_sha3.sha3_256"),
    BUILTIN_SPEC("_sha3.sha3_384"),    BUILTIN_SPEC("_sha3.sha3_512"),
    BUILTIN_SPEC("_sha3.shake_128"),   BUILTIN_SPEC("_sha3.shake_256"),
};

// The builtin module's class of [alg] (not BLAKE2), made on first use.
static Type *builtin_type(Interp *I, DigestAlg alg) {
    if ((size_t)alg >= sizeof builtin_specs / sizeof builtin_specs[0]) {
        exc_raise(I, TY_SYSTEM_ERROR, "no builtin class for this digest");
        return NULL;
    }
    return type_from_spec_once(I, &builtin_specs[alg]);
}

// ---- constructors ----

static const char *const ctor_names[DIGEST__COUNT] = {
    "openssl_md5",      "openssl_sha1",      "openssl_sha224",    "openssl_sha256",
    "openssl_sha384",   "openssl_sha512",    "openssl_sha3_224",  "openssl_sha3_256",
    "openssl_sha3_384", "openssl_sha3_512",  "openssl_shake_128", "openssl_shake_256",
    "blake2b",          "blake2s",
};

// [builtin]: the constructor of a builtin module (named after the algorithm, making
// that module's class), else _hashlib's openssl_<name>.
static Value construct(Interp *I, DigestAlg alg, bool builtin, ValView args, Value kwnames) {
    const char *fname = builtin ? alg_names[alg] : ctor_names[alg];
    size_t npos = args.n - args_nkw(kwnames);
    if (npos > 1)
        return exc_raise(I, TY_TYPE_ERROR, "%s() takes at most 1 positional argument (%zu given)",
                         fname, npos);
    Value data, ufs;
    if (!args_parse(I, args, kwnames, fname, "| string $ usedforsecurity", &data, &ufs))
        return VAL_NULL;
    if (!builtin) return hash_new_alg(I, alg, data);
    Type *t = builtin_type(I, alg);
    return t == NULL ? VAL_NULL : hash_new_in(I, t, alg, data);
}

// c_<name>: _hashlib.openssl_<name>; b_<name>: the builtin module's <name>.
#define CTOR(cname, bname, alg)                                                           \
    static Value cname(Interp *I, Value self, ValView args, Value kwnames) {              \
        (void)self;                                                                       \
        return construct(I, alg, false, args, kwnames);                                   \
    }                                                                                     \
    static Value bname(Interp *I, Value self, ValView args, Value kwnames) {              \
        (void)self;                                                                       \
        return construct(I, alg, true, args, kwnames);                                    \
    }
CTOR(c_md5, b_md5, DIGEST_MD5)
CTOR(c_sha1, b_sha1, DIGEST_SHA1)
CTOR(c_sha224, b_sha224, DIGEST_SHA224)
CTOR(c_sha256, b_sha256, DIGEST_SHA256)
CTOR(c_sha384, b_sha384, DIGEST_SHA384)
CTOR(c_sha512, b_sha512, DIGEST_SHA512)
CTOR(c_sha3_224, b_sha3_224, DIGEST_SHA3_224)
CTOR(c_sha3_256, b_sha3_256, DIGEST_SHA3_256)
CTOR(c_sha3_384, b_sha3_384, DIGEST_SHA3_384)
CTOR(c_sha3_512, b_sha3_512, DIGEST_SHA3_512)
CTOR(c_shake_128, b_shake_128, DIGEST_SHAKE128)
CTOR(c_shake_256, b_shake_256, DIGEST_SHAKE256)

// The algorithm named [name] (case-insensitive; '-' may stand for '_'), or -1.
static int alg_by_name(BView name) {
    uint8_t low[16];
    if (name.n == 0 || name.n >= sizeof low) return -1;
    for (size_t i = 0; i < name.n; i++) {
        int c = bview_get(name, i);
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c == '-') c = '_';
        low[i] = (uint8_t)c;
    }
    low[name.n] = 0;
    BView lv = {low, name.n};
    for (int a = 0; a < DIGEST__COUNT; a++)
        if (bview_eq_cstr(lv, alg_names[a])) return a;
    return -1;
}

static Value m_new(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value name, data, ufs;
    if (!args_parse(I, args, kwnames, "new", "name | string $ usedforsecurity", &name, &data, &ufs))
        return VAL_NULL;
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "name must be a string");
    int a = alg_by_name(str_view(name));
    if (a < 0) return exc_raise(I, TY_VALUE_ERROR, "unsupported hash type %U", name);
    return hash_new_alg(I, (DigestAlg)a, data);
}

// compare_digest(a, b): equality without early exit on the first difference.
static Value m_compare_digest(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value a, b;
    if (!args_parse(I, args, kwnames, "compare_digest", "a b /", &a, &b)) return VAL_NULL;
    BView va, vb;
    if (str_check(a) && str_check(b)) {
        va = str_view(a);
        vb = str_view(b);
        bool ascii = true;
        for (size_t i = 0; i < va.n; i++) ascii = ascii && bview_get(va, i) < 128;
        for (size_t i = 0; i < vb.n; i++) ascii = ascii && bview_get(vb, i) < 128;
        if (!ascii)
            return exc_raise(I, TY_TYPE_ERROR,
                             "comparing strings with non-ASCII characters is not supported");
    } else {
        bool ba = bytes_check(a) || bytearray_check(a), bb = bytes_check(b) || bytearray_check(b);
        if (!ba && !bb)
            return exc_raise(I, TY_TYPE_ERROR,
                             "unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
        if (!ba) return exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", a);
        if (!bb) return exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", b);
        va = bytes_view(a);
        vb = bytes_view(b);
    }
    // Time depends only on len(b).
    unsigned diff = va.n == vb.n ? 0u : 1u;
    for (size_t i = 0; i < vb.n; i++) {
        int x = bview_get(va, va.n == vb.n ? i : 0);
        int y = bview_get(vb, i);
        diff |= (unsigned)((x < 0 ? 0 : x) ^ y);
    }
    return interp_bool(I, diff == 0);
}

/* CPython's _hashlib also has the HMAC entry points (hmac.py uses them), the names of
 * its digests and get_fips_mode; ours are Python (lib/_hashlib_hmac.py), fetched on first
 * use. */
static const ImportLazyNames from_hmac_py = {{"hmac_new", "hmac_digest",
                                              "UnsupportedDigestmodError",
                                              "openssl_md_meth_names", "get_fips_mode"}};

static Value m_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "__getattr__")) return VAL_NULL;
    return import_lazy_attr(I, vview_get(args, 0), "_hashlib", "_hashlib_hmac", &from_hmac_py);
}

static const MethodDef module_functions[] = {
    {"__getattr__", m_getattr, 0, NULL},
    {"new", m_new, 0, "Return a new hash object using the named algorithm."},
    {"openssl_md5", c_md5, 0, "Returns a md5 hash object."},
    {"openssl_sha1", c_sha1, 0, "Returns a sha1 hash object."},
    {"openssl_sha224", c_sha224, 0, "Returns a sha224 hash object."},
    {"openssl_sha256", c_sha256, 0, "Returns a sha256 hash object."},
    {"openssl_sha384", c_sha384, 0, "Returns a sha384 hash object."},
    {"openssl_sha512", c_sha512, 0, "Returns a sha512 hash object."},
    {"openssl_sha3_224", c_sha3_224, 0, "Returns a sha3-224 hash object."},
    {"openssl_sha3_256", c_sha3_256, 0, "Returns a sha3-256 hash object."},
    {"openssl_sha3_384", c_sha3_384, 0, "Returns a sha3-384 hash object."},
    {"openssl_sha3_512", c_sha3_512, 0, "Returns a sha3-512 hash object."},
    {"openssl_shake_128", c_shake_128, 0, "Returns a shake-128 variable hash object."},
    {"openssl_shake_256", c_shake_256, 0, "Returns a shake-256 variable hash object."},
    {"compare_digest", m_compare_digest, 0, "Return 'a == b'."},
    {NULL, NULL, 0, NULL},
};

// Makes class [spec] (base [base], NULL: object) once, kept in I->scratch under [key],
// and binds it in module [m] as [bound]: a module imported again (import_fresh_module)
// binds the same class, the one its functions' objects have.
static bool add_type(Interp *I, Value m, const TypeSpec *spec, Type *base, const char *key,
                     const char *bound) {
    Value have = dict_get_cstr(I, I->scratch, key);
    if (have == VAL_NULL) {
        if (I->exc != VAL_NULL) return false;
        Type *t = type_from_spec(I, spec, base);
        if (t == NULL || !dict_set_cstr(I, I->scratch, key, obj_val(t))) return false;
        have = obj_val(t);
    }
    return module_add_value(I, m, bound, have);
}

// SALT_SIZE, PERSON_SIZE, MAX_KEY_SIZE, MAX_DIGEST_SIZE class attributes.
static bool blake2_consts(Interp *I, Type *t, int64_t salt, int64_t maxd) {
    Value d = t->h.dict;
    if (!dict_set_cstr(I, d, "SALT_SIZE", int_from_i64(I, salt)) ||
        !dict_set_cstr(I, d, "PERSON_SIZE", int_from_i64(I, salt)) ||
        !dict_set_cstr(I, d, "MAX_KEY_SIZE", int_from_i64(I, maxd)) ||
        !dict_set_cstr(I, d, "MAX_DIGEST_SIZE", int_from_i64(I, maxd)))
        return false;
    type_modified(I, t);
    return true;
}

// Binds the BLAKE2 classes (made once, kept in I->scratch under their names, where
// hash_type_for finds them) in module [m].
static bool add_blake2(Interp *I, Value m) {
    Type *b = type_from_spec_once(I, &blake2b_spec);
    Type *s = type_from_spec_once(I, &blake2s_spec);
    return b != NULL && s != NULL && blake2_consts(I, b, 16, 64) && blake2_consts(I, s, 8, 32) &&
           module_add_value(I, m, "blake2b", obj_val(b)) &&
           module_add_value(I, m, "blake2s", obj_val(s));
}

bool hashlibmod_init(Interp *I, Value m) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return false;
    }
    if (!module_add_functions(I, m, module_functions)) return false;
    if (!add_type(I, m, &hash_spec, NULL, "_hashlib.HASH", "HASH")) return false;
    Type *base = modexc_get(I, "_hashlib.HASH");
    if (!add_type(I, m, &hashxof_spec, base, "_hashlib.HASHXOF", "HASHXOF")) return false;
    if (!add_blake2(I, m)) return false;
    Value names = tuple_new(I, DIGEST__COUNT);
    if (names == VAL_NULL) return false;
    for (size_t i = 0; i < DIGEST__COUNT; i++) {
        Value s = str_from_cstr(I, alg_names[i]);
        if (s == VAL_NULL) return false;
        tuple_init_item(names, i, s);
    }
    return module_add_value(I, m, "_algorithms", names);
}

// ---- the builtin modules ----

static const MethodDef md5_functions[] = {
    {"md5", b_md5, 0, "Return a new MD5 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sha1_functions[] = {
    {"sha1", b_sha1, 0, "Return a new SHA1 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sha256_functions[] = {
    {"sha224", b_sha224, 0, "Return a new SHA-224 hash object; optionally initialized with a string."},
    {"sha256", b_sha256, 0, "Return a new SHA-256 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sha512_functions[] = {
    {"sha384", b_sha384, 0, "Return a new SHA-384 hash object; optionally initialized with a string."},
    {"sha512", b_sha512, 0, "Return a new SHA-512 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sha3_functions[] = {
    {"sha3_224", b_sha3_224, 0, "Return a new SHA3 hash object with a hashbit length of 28 bytes."},
    {"sha3_256", b_sha3_256, 0, "Return a new SHA3 hash object with a hashbit length of 32 bytes."},
    {"sha3_384", b_sha3_384, 0, "Return a new SHA3 hash object with a hashbit length of 48 bytes."},
    {"sha3_512", b_sha3_512, 0, "Return a new SHA3 hash object with a hashbit length of 64 bytes."},
    {"shake_128", b_shake_128, 0, "Return a new SHAKE hash object."},
    {"shake_256", b_shake_256, 0, "Return a new SHAKE hash object."},
    {NULL, NULL, 0, NULL},
};

// Each module's functions and the classes it names (CPython 3.11's _sha512 names no
// SHA512Type).
static const struct {
    const char *name;
    const MethodDef *functions;
    DigestAlg alg[2];
    const char *type_attr[2];
} builtin_modules[] = {
    {"_md5", md5_functions, {DIGEST_MD5}, {"MD5Type"}},
    {"_sha1", sha1_functions, {DIGEST_SHA1}, {"SHA1Type"}},
    {"_sha256", sha256_functions, {DIGEST_SHA224, DIGEST_SHA256}, {"SHA224Type", "SHA256Type"}},
    {"_sha512", sha512_functions, {DIGEST_SHA384}, {"SHA384Type"}},
    {"_sha3", sha3_functions, {DIGEST_SHA3_224}, {NULL}},   // (no class names)
    {"_blake2", NULL, {DIGEST_BLAKE2B}, {NULL}},            // (its classes and constants)
};

static bool add_blake2_consts(Interp *I, Value m) {
    return module_add_int(I, m, "BLAKE2B_SALT_SIZE", 16) &&
           module_add_int(I, m, "BLAKE2B_PERSON_SIZE", 16) &&
           module_add_int(I, m, "BLAKE2B_MAX_KEY_SIZE", 64) &&
           module_add_int(I, m, "BLAKE2B_MAX_DIGEST_SIZE", 64) &&
           module_add_int(I, m, "BLAKE2S_SALT_SIZE", 8) &&
           module_add_int(I, m, "BLAKE2S_PERSON_SIZE", 8) &&
           module_add_int(I, m, "BLAKE2S_MAX_KEY_SIZE", 32) &&
           module_add_int(I, m, "BLAKE2S_MAX_DIGEST_SIZE", 32);
}

bool hashlibmod_builtin_init(Interp *I, Value m) {
    Value name = dict_get_cstr(I, module_dict(m), "__name__");
    if (name == VAL_NULL || !str_check(name)) {
        if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "module without a name");
        return false;
    }
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (!bview_eq_cstr(str_view(name), builtin_modules[i].name)) continue;
        if (builtin_modules[i].functions == NULL) return add_blake2(I, m) && add_blake2_consts(I, m);
        if (!module_add_functions(I, m, builtin_modules[i].functions)) return false;
        for (size_t k = 0; k < 2 && builtin_modules[i].type_attr[k] != NULL; k++) {
            Type *t = builtin_type(I, builtin_modules[i].alg[k]);
            if (t == NULL || !module_add_value(I, m, builtin_modules[i].type_attr[k], obj_val(t)))
                return false;
        }
        return true;
    }
    exc_raise(I, TY_SYSTEM_ERROR, "not a builtin hash module");
    return false;
}
