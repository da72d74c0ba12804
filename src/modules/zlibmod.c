/*
 * zlibmod.c: the zlib module (compress/decompress, compressobj/decompressobj, crc32,
 * adler32, zlib.error and the constants) over the DEFLATE engines of zlibmod_codec.c
 * (inflate) and zlibmod_deflate.c, with CPython 3.11's signatures and error messages.
 *
 * Compressed output is the zlib library's, byte for byte: the engine calls zlib's
 * deflate() steps with the output blocks CPython's buffer gives. Decompression reads any
 * valid stream. With a max_length, a Decompress object stops decoding once that much
 * output is there (the few bytes of the last symbol beyond it wait in [pending]) and
 * hands the input not read back as unconsumed_tail, as zlib does, so memory stays bounded
 * by max_length.
 *
 * Invariant: a CompObj/DecompObj made by compressobj()/decompressobj() has its engine
 * initialised; after an engine error the object raises on every further use.
 */
#include "modexc.h"
#include "modtab.h"
#include "zlibmod.h"
#include "zlibmod_deflate.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/type.h"

#define ERR_KEY "zlib.error"
#define COMP_KEY "zlib.Compress"
#define DECOMP_KEY "zlib.Decompress"

typedef struct CompObj {
    CustomObj h;
    bool broken;
    bool finished; /* Z_FINISH completed: zlib's stream is ended */
    ZDeflate z;
} CompObj;

typedef struct DecompObj {
    CustomObj h;
    bool broken;
    bool closed; /* flush() saw the end of the stream: zlib's stream is ended */
    ZInflate z;
    Buf pending; /* output decoded but held back by max_length */
    Value unused;
    Value tail;  /* unconsumed_tail: input not read because of max_length */
} DecompObj;

static const CustomLayout comp_layout = {"zlib.Compress"};
static const CustomLayout decomp_layout = {"zlib.Decompress"};
CUSTOM_CAST_FN(comp_cast, CompObj, comp_layout)
CUSTOM_CAST_FN(decomp_cast, DecompObj, decomp_layout)

// Raises zlib.error "[prefix][msg]".
static Value zerr(Interp *I, const char *prefix, const char *msg) {
    return exc_raise_type(I, modexc_get(I, ERR_KEY), "%s%s", prefix, msg);
}

// zlib.error for a stream the engine refused with [msg] (zlib's Z_NEED_DICT has none).
static Value data_err(Interp *I, const char *msg) {
    if (msg == zlibmod_need_dict) return zerr(I, "Error 2 while decompressing data", "");
    if (msg == zlibmod_bad_dict) return zerr(I, "Error -3 while setting zdict: ", msg);
    return zerr(I, "Error -3 while decompressing data: ", msg);
}

static Type *scratch_type(Interp *I, const char *key) {
    Value t = dict_get_cstr(I, I->scratch, key);
    return t == VAL_NULL ? NULL : type_cast(t);
}

// An optional int argument ([dflt] when absent).
static bool int_opt(Interp *I, Value v, int64_t dflt, int64_t *out) {
    *out = dflt;
    return v == VAL_NULL || obj_index_i64(I, v, out);
}

// Container and window of a compressor's wbits; false when zlib refuses them.
static bool comp_format(int64_t wbits, ZFormat *fmt, int *w) {
    if (wbits >= 8 && wbits <= 15) *fmt = ZF_ZLIB, *w = wbits == 8 ? 9 : (int)wbits;
    else if (wbits >= -15 && wbits <= -9) *fmt = ZF_RAW, *w = (int)-wbits;
    else if (wbits >= 25 && wbits <= 31) *fmt = ZF_GZIP, *w = (int)wbits - 16;
    else return false;
    return true;
}

// Container and window of a decompressor's wbits (*w 0: the zlib header's window, as
// zlib's); false when zlib refuses them.
static bool decomp_format(int64_t wbits, ZFormat *fmt, int *w) {
    if (wbits >= -15 && wbits <= -8) {
        *fmt = ZF_RAW;
        *w = (int)-wbits;
        return true;
    }
    if (wbits < 0 || wbits > 47) return false;
    static const ZFormat wrap[3] = {ZF_ZLIB, ZF_GZIP, ZF_AUTO};
    *fmt = wrap[wbits >> 4];
    *w = (int)(wbits & 15);
    return *w == 0 || *w >= 8;
}

static Value take_out(Interp *I, Buf *b) {
    Value r = bytes_new(I, buf_view(b));
    buf_init(b);
    return r;
}

static CompObj *comp_new(Interp *I, int level, ZFormat fmt, int w, int mem, int strategy) {
    Type *t = scratch_type(I, COMP_KEY);
    if (t == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "zlib not initialised");
        return NULL;
    }
    CompObj *c = custom_alloc(I, t, &comp_layout, sizeof(CompObj));
    if (c == NULL) return NULL;
    zlibmod_deflate_init(&c->z, level, fmt == ZF_RAW ? 0 : fmt == ZF_GZIP ? 2 : 1, w, mem, strategy);
    return c;
}

static bool comp_args(Interp *I, Value levelv, Value wbitsv, int *level, ZFormat *fmt, int *w) {
    int64_t lv, wb;
    if (!int_opt(I, levelv, -1, &lv) || !int_opt(I, wbitsv, 15, &wb)) return false;
    if (lv < -1 || lv > 9 || !comp_format(wb, fmt, w)) return false;
    *level = lv == -1 ? 6 : (int)lv;
    return true;
}

/* ---- module functions ---- */

static Value m_compress(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, levelv, wbitsv;
    if (!args_parse(I, args, kwnames, "compress", "data / | level wbits", &data, &levelv, &wbitsv))
        return VAL_NULL;
    BView v;
    if (!bytes_arg(I, data, NULL, &v)) return VAL_NULL;
    int level, w;
    ZFormat fmt;
    if (!comp_args(I, levelv, wbitsv, &level, &fmt, &w))
        return I->exc != VAL_NULL ? VAL_NULL : zerr(I, "", "Bad compression level");
    CompObj *c = comp_new(I, level, fmt, w, 8, 0);
    if (c == NULL) return VAL_NULL;
    bool nomem;
    int r = zlibmod_deflate_call(I->heap, &c->z, v, ZD_FINISH, &nomem);
    if (nomem) return exc_nomem(I);
    if (r != ZD_STREAM_END) return zerr(I, "Error -2 while compressing data: ", "inconsistent stream state");
    return take_out(I, &c->z.out);
}

static Value m_decompress(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value data, wbitsv, bufsizev;
    if (!args_parse(I, args, kwnames, "decompress", "data / | wbits bufsize", &data, &wbitsv, &bufsizev))
        return VAL_NULL;
    BView v;
    if (!bytes_arg(I, data, NULL, &v)) return VAL_NULL;
    int64_t wb, bufsize;
    if (!int_opt(I, wbitsv, 15, &wb) || !int_opt(I, bufsizev, 16384, &bufsize)) return VAL_NULL;
    if (bufsize < 0) return exc_raise(I, TY_VALUE_ERROR, "bufsize must be non-negative");
    ZFormat fmt;
    int w;
    if (!decomp_format(wb, &fmt, &w))
        return zerr(I, "Error -2 while preparing to decompress data: ", "inconsistent stream state");
    ZInflate z;
    zlibmod_inflate_init(&z, fmt, w);
    Buf out;
    buf_init(&out);
    ZStatus s = zlibmod_inflate(I->heap, &z, v, &out, 0);
    if (s == ZS_NOMEM) return exc_nomem(I);
    if (s == ZS_ERROR) return data_err(I, z.msg);
    if (s == ZS_OK) return zerr(I, "Error -5 while decompressing data: ", "incomplete or truncated stream");
    return bytes_new(I, buf_view(&out));
}

static Value m_compressobj(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value levelv, methodv, wbitsv, memv, stratv, zdict;
    if (!args_parse(I, args, kwnames, "compressobj", "| level method wbits memLevel strategy zdict",
                    &levelv, &methodv, &wbitsv, &memv, &stratv, &zdict))
        return VAL_NULL;
    int64_t method, mem, strat;
    if (!int_opt(I, methodv, 8, &method) || !int_opt(I, memv, 8, &mem) || !int_opt(I, stratv, 0, &strat))
        return VAL_NULL;
    int level, w;
    ZFormat fmt;
    bool ok = comp_args(I, levelv, wbitsv, &level, &fmt, &w);
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (!ok || method != 8 || mem < 1 || mem > 9 || strat < 0 || strat > 4)
        return exc_raise(I, TY_VALUE_ERROR, "Invalid initialization option");
    BView zv = {NULL, 0};
    bool dict = zdict != VAL_NULL && zdict != I->none;
    if (dict && !bytes_arg(I, zdict, NULL, &zv)) return VAL_NULL;
    if (dict && fmt == ZF_GZIP) return exc_raise(I, TY_VALUE_ERROR, "Invalid dictionary");
    CompObj *c = comp_new(I, level, fmt, w, (int)mem, (int)strat);
    if (c == NULL) return VAL_NULL;
    if (dict && zlibmod_deflate_dict(I->heap, &c->z, zv) != ZD_OK)
        return exc_raise(I, TY_VALUE_ERROR, "Invalid dictionary");
    return obj_val(c);
}

static Value m_decompressobj(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value wbitsv, zdict;
    if (!args_parse(I, args, kwnames, "decompressobj", "| wbits zdict", &wbitsv, &zdict)) return VAL_NULL;
    int64_t wb;
    if (!int_opt(I, wbitsv, 15, &wb)) return VAL_NULL;
    ZFormat fmt;
    int w;
    if (!decomp_format(wb, &fmt, &w)) return exc_raise(I, TY_VALUE_ERROR, "Invalid initialization option");
    BView zv = {NULL, 0};
    if (zdict != VAL_NULL &&
        !bytes_arg(I, zdict, "zdict argument must support the buffer protocol", &zv))
        return VAL_NULL;
    Type *t = scratch_type(I, DECOMP_KEY);
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "zlib not initialised");
    DecompObj *d = custom_alloc(I, t, &decomp_layout, sizeof(DecompObj));
    if (d == NULL) return VAL_NULL;
    zlibmod_inflate_init(&d->z, fmt, w);
    if (zdict != VAL_NULL && zlibmod_inflate_dict(I->heap, &d->z, zv) != ZS_OK) return exc_nomem(I);
    buf_init(&d->pending);
    d->unused = bytes_new(I, (BView){NULL, 0});
    d->tail = d->unused;
    return d->unused == VAL_NULL ? VAL_NULL : obj_val(d);
}

// An int argument reduced modulo 2**32 (CPython's unsigned int bitmask converter).
static bool mask32(Interp *I, Value v, uint32_t *out) {
    Value x = obj_index(I, v);
    if (x == VAL_NULL) return false;
    Value mask = int_from_i64(I, 0xffffffffLL);
    Value m = mask == VAL_NULL ? VAL_NULL : int_binop(I, x, mask, BINOP_AND);
    int64_t r;
    if (m == VAL_NULL || !int_to_i64(I, m, &r)) return false;
    *out = (uint32_t)r;
    return true;
}

static Value checksum(Interp *I, ValView args, Value kwnames, const char *name, bool crc,
                      uint32_t start) {
    if (!args_count(I, args, kwnames, name, 1, 2)) return VAL_NULL;
    BView v;
    if (!bytes_arg(I, vview_get(args, 0), NULL, &v)) return VAL_NULL;
    if (args.n > 1 && !mask32(I, vview_get(args, 1), &start)) return VAL_NULL;
    uint32_t r = crc ? zlibmod_crc32(v, start) : zlibmod_adler32(v, start);
    return int_from_u64(I, r);
}

static Value m_crc32(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return checksum(I, args, kwnames, "crc32", true, 0);
}

static Value m_adler32(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return checksum(I, args, kwnames, "adler32", false, 1);
}

/* ---- Compress ---- */

static CompObj *comp_self(Interp *I, Value self, const char *what) {
    CompObj *c = comp_cast(self);
    if (c == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'zlib.Compress' object, not '%T'", self);
        return NULL;
    }
    if (c->broken || c->finished) {
        zerr(I, what, "inconsistent stream state");
        return NULL;
    }
    return c;
}

static Value c_compress(Interp *I, Value self, ValView args, Value kwnames) {
    Value data;
    if (!args_parse(I, args, kwnames, "compress", "data /", &data)) return VAL_NULL;
    BView v;
    if (!bytes_arg(I, data, NULL, &v)) return VAL_NULL;
    CompObj *c = comp_self(I, self, "Error -2 while compressing data: ");
    if (c == NULL) return VAL_NULL;
    bool nomem;
    int r = zlibmod_deflate_call(I->heap, &c->z, v, ZD_NO_FLUSH, &nomem);
    if (nomem) {
        c->broken = true;
        return exc_nomem(I);
    }
    if (r == ZD_STREAM_ERROR) return zerr(I, "Error -2 while compressing data: ", "inconsistent stream state");
    return take_out(I, &c->z.out);
}

static Value c_flush(Interp *I, Value self, ValView args, Value kwnames) {
    Value modev;
    if (!args_parse(I, args, kwnames, "flush", "| mode /", &modev)) return VAL_NULL;
    int64_t mode;
    if (!int_opt(I, modev, 4, &mode)) return VAL_NULL;
    CompObj *c = comp_cast(self);
    if (c == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor 'flush' requires a 'zlib.Compress' object");
    if (mode == 0) return bytes_new(I, (BView){NULL, 0});
    if (c->broken || c->finished || mode < 0 || mode > 5)
        return zerr(I, "Error -2 while flushing: ", "inconsistent stream state");
    bool nomem;
    int r = zlibmod_deflate_call(I->heap, &c->z, (BView){NULL, 0}, (int)mode, &nomem);
    if (nomem) {
        c->broken = true;
        return exc_nomem(I);
    }
    if (r == ZD_STREAM_ERROR) return zerr(I, "Error -2 while flushing: ", "inconsistent stream state");
    if (r == ZD_STREAM_END && mode == ZD_FINISH) c->finished = true;
    return take_out(I, &c->z.out);
}

static bool copy_buf(Interp *I, Buf *dst, const Buf *src) {
    buf_init(dst);
    if (buf_from_view(I->heap, dst, buf_view(src)) == K_OK) return true;
    exc_nomem(I);
    return false;
}

static Value c_copy_checked(Interp *I, Value self) {
    CompObj *c = comp_cast(self);
    if (c == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor 'copy' requires a 'zlib.Compress' object");
    if (c->finished) return exc_raise(I, TY_VALUE_ERROR, "Inconsistent stream state");
    if (c->broken) return zerr(I, "Error -2 while copying compression object: ", "inconsistent stream state");
    CompObj *n = comp_new(I, 0, ZF_ZLIB, 15, 8, 0);
    if (n == NULL) return VAL_NULL;
    ZDeflate *d = &n->z;
    *d = c->z; // scalars, window and tables; the buffers are copied below
    if (!copy_buf(I, &d->pending, &c->z.pending) || !copy_buf(I, &d->out, &c->z.out)) return VAL_NULL;
    return obj_val(n);
}

static Value d_copy_checked(Interp *I, Value self);

// copy() / __copy__() and __deepcopy__(memo) of both types: the same copy, the state
// holds no Python objects to copy deeply.
static Value copy_any(Interp *I, Value self, ValView args, Value kwnames, bool deep, bool comp) {
    Value memo;
    if (deep ? !args_parse(I, args, kwnames, "__deepcopy__", "memo /", &memo)
             : !args_count(I, args, kwnames, "copy", 0, 0))
        return VAL_NULL;
    return comp ? c_copy_checked(I, self) : d_copy_checked(I, self);
}

static Value c_copy(Interp *I, Value self, ValView args, Value kwnames) {
    return copy_any(I, self, args, kwnames, false, true);
}

static Value c_deepcopy(Interp *I, Value self, ValView args, Value kwnames) {
    return copy_any(I, self, args, kwnames, true, true);
}

static const MethodDef comp_methods[] = {
    {"compress", c_compress, 0, "Returns a bytes object containing compressed data."},
    {"flush", c_flush, 0, "Return a bytes object containing any remaining compressed data."},
    {"copy", c_copy, 0, "Return a copy of the compression object."},
    {"__copy__", c_copy, 0, NULL},
    {"__deepcopy__", c_deepcopy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec comp_spec = {
    .name = "zlib.Compress",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(CompObj),
    .base = TY_OBJECT,
    .methods = comp_methods,
};

/* ---- Decompress ---- */

static DecompObj *decomp_self(Interp *I, Value self) {
    DecompObj *d = decomp_cast(self);
    if (d == NULL)
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'zlib.Decompress' object, not '%T'", self);
    else if (d->broken)
        data_err(I, d->z.msg != NULL ? d->z.msg : "invalid stream");
    return d == NULL || d->broken ? NULL : d;
}

// Feeds [v] to the engine; the new output joins [pending]. With [limit] > 0, decoding
// stops once [pending] holds [limit] bytes and the input not read becomes d->tail.
static bool feed(Interp *I, DecompObj *d, BView v, int64_t limit) {
    Value empty = bytes_new(I, (BView){NULL, 0});
    if (empty == VAL_NULL) return false;
    bool had_tail = bytes_view(d->tail).n > 0;
    if (limit > 0 && d->pending.len >= (uint64_t)limit) {
        // Enough output is waiting: none of [v] is read.
        Value t = bytes_new(I, v);
        if (t == VAL_NULL) return false;
        d->tail = t;
        return true;
    }
    size_t want = limit > 0 ? (size_t)limit - d->pending.len : 0;
    // [v] may be the old tail (flush): it is replaced once the engine has copied it
    ZStatus s = zlibmod_inflate(I->heap, &d->z, v, &d->pending, want);
    d->tail = empty;
    if (s == ZS_NOMEM) {
        exc_nomem(I);
        return false;
    }
    if (s == ZS_ERROR) {
        d->broken = true;
        data_err(I, d->z.msg);
        return false;
    }
    if (s == ZS_END) {
        BView rest = zlibmod_inflate_rest(&d->z);
        Value u = bytes_new(I, rest);
        if (u == VAL_NULL) return false;
        d->unused = u;
        if (had_tail) {
            // CPython 3.11's quirk: after a call that left a tail, the input this call
            // did not read stays the tail too (flush() then adds it to unused_data again).
            size_t n = rest.n < v.n ? rest.n : v.n;
            Value t = bytes_new(I, bview_slice(rest, rest.n - n, rest.n));
            if (t == VAL_NULL) return false;
            d->tail = t;
        }
    }
    if (d->z.paused) {
        BView rest = zlibmod_inflate_rest(&d->z);
        Value t = bytes_new(I, rest);
        if (t == VAL_NULL) return false;
        if (buf_resize(I->heap, &d->z.in, d->z.in.len - rest.n) != K_OK) {
            exc_nomem(I);
            return false;
        }
        d->tail = t;
    }
    return true;
}

// Up to [limit] bytes of pending output (all when limit == 0).
static Value give(Interp *I, DecompObj *d, int64_t limit) {
    BView p = buf_view(&d->pending);
    if (limit <= 0 || (uint64_t)limit >= p.n) return take_out(I, &d->pending);
    Value r = bytes_new(I, bview_slice(p, 0, (size_t)limit));
    if (r == VAL_NULL) return VAL_NULL;
    BView none = {NULL, 0};
    if (buf_splice(I->heap, &d->pending, 0, (size_t)limit, none) != K_OK) return exc_nomem(I);
    return r;
}

static Value d_decompress(Interp *I, Value self, ValView args, Value kwnames) {
    Value data, maxv;
    if (!args_parse(I, args, kwnames, "decompress", "data / | max_length", &data, &maxv)) return VAL_NULL;
    BView v;
    if (!bytes_arg(I, data, NULL, &v)) return VAL_NULL;
    int64_t max;
    if (!int_opt(I, maxv, 0, &max)) return VAL_NULL;
    if (max < 0) return exc_raise(I, TY_VALUE_ERROR, "max_length must be non-negative");
    DecompObj *d = decomp_self(I, self);
    if (d == NULL) return VAL_NULL;
    if (d->closed) return zerr(I, "Error -2 while decompressing data: ", "inconsistent stream state");
    if (!feed(I, d, v, max)) return VAL_NULL;
    return give(I, d, max);
}

static Value d_flush(Interp *I, Value self, ValView args, Value kwnames) {
    Value lenv;
    if (!args_parse(I, args, kwnames, "flush", "| length /", &lenv)) return VAL_NULL;
    int64_t len;
    if (!int_opt(I, lenv, 16384, &len)) return VAL_NULL;
    if (len <= 0) return exc_raise(I, TY_VALUE_ERROR, "length must be greater than zero");
    DecompObj *d = decomp_self(I, self);
    if (d == NULL) return VAL_NULL;
    if (d->closed) return bytes_new(I, (BView){NULL, 0});
    // As zlib's: the unconsumed tail is decompressed too.
    if (!feed(I, d, bytes_view(d->tail), 0)) return VAL_NULL;
    // CPython ends zlib's stream once flush() sees its end: no copy or more input after.
    if (d->z.stage == 3) d->closed = true;
    return give(I, d, 0);
}

static Value d_copy_checked(Interp *I, Value self) {
    DecompObj *d = decomp_self(I, self);
    if (d == NULL) return VAL_NULL;
    if (d->closed) return exc_raise(I, TY_VALUE_ERROR, "Inconsistent stream state");
    DecompObj *n = custom_alloc(I, type_of(I, self), &decomp_layout, sizeof(DecompObj));
    if (n == NULL) return VAL_NULL;
    n->z = d->z;
    n->unused = d->unused;
    n->tail = d->tail;
    if (!copy_buf(I, &n->z.in, &d->z.in) || !copy_buf(I, &n->z.win, &d->z.win) ||
        !copy_buf(I, &n->pending, &d->pending))
        return VAL_NULL;
    return obj_val(n);
}

static Value d_copy(Interp *I, Value self, ValView args, Value kwnames) {
    return copy_any(I, self, args, kwnames, false, false);
}

static Value d_deepcopy(Interp *I, Value self, ValView args, Value kwnames) {
    return copy_any(I, self, args, kwnames, true, false);
}

static Value g_unused(Interp *I, Value self) {
    DecompObj *d = decomp_cast(self);
    return d == NULL ? exc_raise(I, TY_TYPE_ERROR, "expected zlib.Decompress") : d->unused;
}

static Value g_tail(Interp *I, Value self) {
    DecompObj *d = decomp_cast(self);
    return d == NULL ? exc_raise(I, TY_TYPE_ERROR, "expected zlib.Decompress") : d->tail;
}

static Value g_eof(Interp *I, Value self) {
    DecompObj *d = decomp_cast(self);
    if (d == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected zlib.Decompress");
    return d->z.stage == 3 && d->pending.len == 0 ? I->true_ : I->false_;
}

static const MethodDef decomp_methods[] = {
    {"decompress", d_decompress, 0, "Return a bytes object containing the decompressed version of the data."},
    {"flush", d_flush, 0, "Return a bytes object containing any remaining decompressed data."},
    {"copy", d_copy, 0, "Return a copy of the decompression object."},
    {"__copy__", d_copy, 0, NULL},
    {"__deepcopy__", d_deepcopy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decomp_getsets[] = {
    {"unused_data", g_unused, NULL},
    {"unconsumed_tail", g_tail, NULL},
    {"eof", g_eof, NULL},
    {NULL, NULL, NULL},
};

static const TypeSpec decomp_spec = {
    .name = "zlib.Decompress",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(DecompObj),
    .base = TY_OBJECT,
    .methods = decomp_methods,
    .getsets = decomp_getsets,
};

static const MethodDef module_functions[] = {
    {"compress", m_compress, 0, "Returns a bytes object containing compressed data."},
    {"decompress", m_decompress, 0, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", m_compressobj, 0, "Return a compressor object."},
    {"decompressobj", m_decompressobj, 0, "Return a decompressor object."},
    {"crc32", m_crc32, 0, "Compute a CRC-32 checksum of data."},
    {"adler32", m_adler32, 0, "Compute an Adler-32 checksum of data."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} constants[] = {
    {"MAX_WBITS", 15},        {"DEFLATED", 8},          {"DEF_MEM_LEVEL", 8},
    {"DEF_BUF_SIZE", 16384},  {"Z_NO_COMPRESSION", 0},  {"Z_BEST_SPEED", 1},
    {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_FILTERED", 1},
    {"Z_HUFFMAN_ONLY", 2},    {"Z_RLE", 3},             {"Z_FIXED", 4},
    {"Z_DEFAULT_STRATEGY", 0}, {"Z_NO_FLUSH", 0},        {"Z_PARTIAL_FLUSH", 1},
    {"Z_SYNC_FLUSH", 2},      {"Z_FULL_FLUSH", 3},      {"Z_FINISH", 4},
    {"Z_BLOCK", 5},           {"Z_TREES", 6},
};

bool zlibmod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, module_functions)) return false;
    if (modexc_new_class(I, m, "zlib", "error", I->types[TY_EXCEPTION], ERR_KEY) == NULL) return false;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (!module_add_int(I, m, constants[i].name, constants[i].value)) return false;
    if (!module_add_str(I, m, "ZLIB_VERSION", "1.2.13") ||
        !module_add_str(I, m, "ZLIB_RUNTIME_VERSION", "1.2.13"))
        return false;
    Type *ct = type_from_spec(I, &comp_spec, NULL);
    Type *dt = ct != NULL ? type_from_spec(I, &decomp_spec, NULL) : NULL;
    if (dt == NULL || !dict_set_cstr(I, I->scratch, COMP_KEY, obj_val(ct)) ||
        !dict_set_cstr(I, I->scratch, DECOMP_KEY, obj_val(dt)))
        return false;
    return true;
}
