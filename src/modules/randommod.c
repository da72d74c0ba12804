/*
 * randommod.c: the _random module: the Mersenne Twister MT19937 generator behind
 * random.Random (random.py holds the distributions), plus the few float functions
 * random.py needs (log, exp, ...) and _urandom (host random bytes, for seed(None) and
 * SystemRandom).
 *
 * The generator reproduces CPython's sequences bit for bit: seeding an int feeds the 32-bit
 * limbs of its absolute value (least significant first, at least one) to the reference
 * init_by_array; random() combines 27 and 26 bits; getrandbits(k) for k > 32 fills the
 * result 32 bits at a time from the least significant word up.
 *
 * Invariant: a RandomObject's 624-word state lives in a fixed-size array inside the
 * object, and 0 <= index <= 624 (624: the next draw regenerates the whole state).
 */
#include <math.h>

#include "modtab.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObject {
    CustomObj h;
    uint32_t mt[MT_N];
    uint32_t index;
} RandomObject;

static const CustomLayout random_layout = {"RandomObject"};
CUSTOM_CAST_FN(random_cast, RandomObject, random_layout)

static RandomObject *self_random(Interp *I, Value self) {
    RandomObject *r = random_cast(self);
    if (r == NULL)
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a '_random.Random' object but received '%T'",
                  self);
    return r;
}

// ---- the reference generator ----

static void init_genrand(RandomObject *r, uint32_t s) {
    r->mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        uint32_t prev = r->mt[i - 1];
        r->mt[i] = 1812433253u * (prev ^ (prev >> 30)) + i;
    }
    r->index = MT_N;
}

// Word [j] of the little-endian key held in [key] (bytes past the end read as zero).
static uint32_t key_word(BView key, size_t j) {
    uint32_t w = 0;
    for (size_t b = 0; b < 4; b++) {
        int c = bview_get(key, j * 4 + b);
        if (c > 0) w |= (uint32_t)c << (8 * b);
    }
    return w;
}

// init_by_array over [nwords] words of [key].
static void init_by_array(RandomObject *r, BView key, size_t nwords) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    size_t k = nwords > MT_N ? nwords : MT_N;
    for (; k > 0; k--) {
        uint32_t prev = r->mt[i - 1];
        r->mt[i] = (r->mt[i] ^ ((prev ^ (prev >> 30)) * 1664525u)) + key_word(key, j) + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
        if (j >= nwords) j = 0;
    }
    for (k = MT_N - 1; k > 0; k--) {
        uint32_t prev = r->mt[i - 1];
        r->mt[i] = (r->mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u;
    r->index = MT_N;
}

static uint32_t mix(uint32_t a, uint32_t b) {
    uint32_t y = (a & 0x80000000u) | (b & 0x7fffffffu);
    return (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
}

static uint32_t genrand(RandomObject *r) {
    if (r->index >= MT_N) {
        size_t kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) r->mt[kk] = r->mt[kk + MT_M] ^ mix(r->mt[kk], r->mt[kk + 1]);
        for (; kk < MT_N - 1; kk++)
            r->mt[kk] = r->mt[kk + MT_M - MT_N] ^ mix(r->mt[kk], r->mt[kk + 1]);
        r->mt[MT_N - 1] = r->mt[MT_M - 1] ^ mix(r->mt[MT_N - 1], r->mt[0]);
        r->index = 0;
    }
    uint32_t y = r->mt[r->index];
    r->index++;
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

// ---- seeding ----

// Seeds from the magnitude of int [n] (already non-negative).
static bool seed_from_int(Interp *I, RandomObject *r, Value n) {
    uint64_t bits = int_bit_length(I, n);
    uint64_t nbytes = (bits + 7) / 8;
    if (nbytes == 0) nbytes = 1;
    Value len = int_from_u64(I, nbytes);
    Value little = str_from_cstr(I, "little");
    if (len == VAL_NULL || little == VAL_NULL) return false;
    Value argv[2] = {len, little};
    Value b = obj_call_method(I, n, "to_bytes", vview_make(argv, 2));
    if (b == VAL_NULL) return false;
    BView key = bytes_view(b);
    size_t nwords = (key.n + 3) / 4;
    if (nwords == 0) nwords = 1;
    init_by_array(r, key, nwords);
    return true;
}

// Fills buf with host entropy, 256 bytes per host call (the POSIX host's limit).
static bool host_entropy(Interp *I, uint8_t (*buf)[MT_N * 4]) {
    if (I->host == NULL || I->host->random == NULL) return false;
    uint8_t chunk[256];
    for (size_t off = 0; off < sizeof *buf; off += sizeof chunk) {
        size_t want = sizeof *buf - off < sizeof chunk ? sizeof *buf - off : sizeof chunk;
        if (!I->host->random(I->host->ctx, chunk, want)) return false;
        for (size_t i = 0; i < want; i++) (*buf)[off + i] = chunk[i];
    }
    return true;
}

static bool seed_from_host(Interp *I, RandomObject *r) {
    uint8_t buf[MT_N * 4];
    bool ok = host_entropy(I, &buf);
    if (!ok) {
        // No entropy from the host: fall back to the clock, as CPython does.
        double t = (I->host != NULL && I->host->clock != NULL) ? I->host->clock(I->host->ctx, 0) : 0.0;
        uint64_t x = (uint64_t)(t * 1e6);
        for (size_t i = 0; i < sizeof buf; i++) buf[i] = 0;
        for (size_t i = 0; i < 8; i++) buf[i] = (uint8_t)(x >> (8 * i));
    }
    BView key = {buf, sizeof buf};
    init_by_array(r, key, ok ? MT_N : 2);
    return true;
}

static bool do_seed(Interp *I, RandomObject *r, Value arg) {
    if (arg == VAL_NULL || arg == I->none) return seed_from_host(I, r);
    Value n;
    if (int_check(I, arg)) {
        n = int_exact(I, arg);
        if (n == VAL_NULL) return false;
        n = obj_unary(I, n, UN_ABS);
    } else {
        int64_t h;
        if (!obj_hash(I, arg, &h)) return false;
        n = int_from_u64(I, (uint64_t)h);
    }
    if (n == VAL_NULL) return false;
    return seed_from_int(I, r, n);
}

// ---- methods ----

static Value r_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    RandomObject *r = custom_alloc(I, t, &random_layout, sizeof(RandomObject));
    if (r == NULL) return VAL_NULL;
    init_genrand(r, 19650218u);
    return obj_val(r);
}

static int r_init(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return -1;
    if (args_nkw(kwnames) > 0 && !args_no_kw(I, kwnames, "Random")) return -1;
    if (!args_count(I, args, kwnames, "Random", 0, 1)) return -1;
    return do_seed(I, r, args.n > 0 ? vview_get(args, 0) : VAL_NULL) ? 0 : -1;
}

static Value r_seed(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return VAL_NULL;
    if (!args_count(I, args, kwnames, "seed", 0, 1)) return VAL_NULL;
    if (!do_seed(I, r, args.n > 0 ? vview_get(args, 0) : VAL_NULL)) return VAL_NULL;
    return I->none;
}

static Value r_random(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return VAL_NULL;
    if (!args_count(I, args, kwnames, "random", 0, 0)) return VAL_NULL;
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return float_new(I, ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0));
}

static Value r_getrandbits(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return VAL_NULL;
    // CPython's METH_O messages
    if (!args_one(I, args, kwnames, "Random.getrandbits")) return VAL_NULL;
    Value kv = vview_get(args, 0);
    int64_t k;
    if (float_check(kv))
        return exc_raise(I, TY_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
    if (!int_index_c_int(I, kv, &k)) return VAL_NULL;
    if (k < 0) return exc_raise(I, TY_VALUE_ERROR, "number of bits must be non-negative");
    if (k == 0) return val_from_small(0);
    if (k <= 32) return int_from_u64(I, genrand(r) >> (32 - k));
    if ((uint64_t)k > (uint64_t)BUF_MAX_LEN) return exc_nomem(I);
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, (size_t)((k + 7) / 8)) != K_OK) return exc_nomem(I);
    for (int64_t left = k; left > 0; left -= 32) {
        uint32_t w = genrand(r);
        if (left < 32) w >>= (32 - left);
        for (int i = 0; i < 4; i++)
            if (buf_push(I->heap, &b, (uint8_t)(w >> (8 * i))) != K_OK) return exc_nomem(I);
    }
    Value bytes = bytes_new(I, buf_view(&b));
    Value little = str_from_cstr(I, "little");
    if (bytes == VAL_NULL || little == VAL_NULL) return VAL_NULL;
    Value argv[2] = {bytes, little};
    return obj_call_method(I, obj_val(I->types[TY_INT]), "from_bytes", vview_make(argv, 2));
}

static Value r_getstate(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return VAL_NULL;
    if (!args_count(I, args, kwnames, "getstate", 0, 0)) return VAL_NULL;
    Value t = tuple_new(I, MT_N + 1);
    if (t == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < MT_N; i++) {
        Value x = int_from_u64(I, r->mt[i]);
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, i, x);
    }
    tuple_init_item(t, MT_N, int_from_u64(I, r->index));
    return t;
}

// An element of a state tuple as a C unsigned long (what CPython's setstate accepts).
static bool state_word(Interp *I, Value x, uint64_t *out) {
    if (!int_check(I, x))
        return exc_raise(I, TY_TYPE_ERROR, "an integer is required"), false;
    if (int_sign(I, x) < 0)
        return exc_raise(I, TY_OVERFLOW_ERROR, "can't convert negative value to unsigned int"),
               false;
    if (int_bit_length(I, x) > 64)
        return exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"),
               false;
    int64_t lo;
    if (int_bit_length(I, x) < 64) {
        if (!int_to_i64(I, x, &lo)) return false;
        *out = (uint64_t)lo;
        return true;
    }
    Value m = int_binop(I, x, int_from_i64(I, INT64_MAX), BINOP_AND);
    if (m == VAL_NULL || !int_to_i64(I, m, &lo)) return false;
    *out = (uint64_t)lo | 0x8000000000000000u;
    return true;
}

static Value r_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    RandomObject *r = self_random(I, self);
    if (r == NULL) return VAL_NULL;
    Value st;
    if (!args_parse(I, args, kwnames, "setstate", "state /", &st)) return VAL_NULL;
    if (!tuple_check(st)) return exc_raise(I, TY_TYPE_ERROR, "state vector must be a tuple");
    if (tuple_len(st) != MT_N + 1)
        return exc_raise(I, TY_VALUE_ERROR, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (size_t i = 0; i < MT_N; i++) {
        uint64_t w;
        if (!state_word(I, tuple_get(st, i), &w)) return VAL_NULL;
        words[i] = (uint32_t)w;
    }
    Value iv = tuple_get(st, MT_N);
    if (!int_check(I, iv))
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", iv);
    int64_t idx;
    if (!int_to_i64(I, iv, &idx)) return VAL_NULL;
    if (idx < 0 || idx > MT_N) return exc_raise(I, TY_VALUE_ERROR, "invalid state");
    for (size_t i = 0; i < MT_N; i++) r->mt[i] = words[i];
    r->index = (uint32_t)idx;
    return I->none;
}

static const MethodDef random_methods[] = {
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", r_seed, 0, "seed([n]) -> None."},
    {"getstate", r_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", r_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec random_spec = {
    .name = "_random.Random",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(RandomObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .new_ = r_new,
    .init = r_init,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

// ---- float helpers for random.py (math may be absent) ----

static bool one_float(Interp *I, ValView args, Value kwnames, const char *name, double *x) {
    if (!args_count(I, args, kwnames, name, 1, 1)) return false;
    return float_as_double(I, vview_get(args, 0), x);
}

#define FLOAT_FN(cname, expr)                                                             \
    static Value cname(Interp *I, Value self, ValView args, Value kwnames) {              \
        (void)self;                                                                       \
        double x;                                                                         \
        if (!one_float(I, args, kwnames, #cname, &x)) return VAL_NULL;                    \
        return float_new(I, expr);                                                        \
    }

FLOAT_FN(f_exp, exp(x))
FLOAT_FN(f_sqrt, sqrt(x))
FLOAT_FN(f_cos, cos(x))
FLOAT_FN(f_sin, sin(x))
FLOAT_FN(f_acos, acos(x))

// log of a positive float or int (ints by their float value; huge ints by scaling).
static Value f_log(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    double x;
    if (!one_float(I, args, kwnames, "log", &x)) return VAL_NULL;
    if (x <= 0.0) return exc_raise(I, TY_VALUE_ERROR, "math domain error");
    return float_new(I, log(x));
}

static Value f_isfinite(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    double x;
    if (!one_float(I, args, kwnames, "isfinite", &x)) return VAL_NULL;
    return interp_bool(I, isfinite(x));
}

static Value f_urandom(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value nv;
    if (!args_parse(I, args, kwnames, "urandom", "size /", &nv)) return VAL_NULL;
    int64_t n;
    if (!obj_index_i64(I, nv, &n)) return VAL_NULL;
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "negative argument not allowed");
    if ((uint64_t)n > (uint64_t)BUF_MAX_LEN) return exc_nomem(I);
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, (size_t)n) != K_OK) return exc_nomem(I);
    uint8_t chunk[256];
    while (b.len < (size_t)n) {
        size_t want = (size_t)n - b.len;
        if (want > sizeof chunk) want = sizeof chunk;
        if (I->host == NULL || I->host->random == NULL ||
            !I->host->random(I->host->ctx, chunk, want))
            return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "no source of randomness available");
        BView cv = {chunk, want};
        if (buf_append(I->heap, &b, cv) != K_OK) return exc_nomem(I);
    }
    return bytes_new(I, buf_view(&b));
}

static const MethodDef module_functions[] = {
    {"_log", f_log, 0, NULL},
    {"_exp", f_exp, 0, NULL},
    {"_sqrt", f_sqrt, 0, NULL},
    {"_cos", f_cos, 0, NULL},
    {"_sin", f_sin, 0, NULL},
    {"_acos", f_acos, 0, NULL},
    {"_isfinite", f_isfinite, 0, NULL},
    {"_urandom", f_urandom, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool randommod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, module_functions)) return false;
    return module_add_type(I, m, &random_spec, NULL) != NULL;
}
