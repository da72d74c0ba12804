/*
 * int.c: Python int arithmetic. Small ints are unboxed Values (kernel/value.h); larger
 * ones are IntObjects whose limbs the kernel's bigint module operates on.
 *
 * Invariant: every int this file returns is normalised (an exact int whose value fits the
 * small range is unboxed); inputs may be any int, including bools and boxed instances of
 * int subclasses holding small values. Limb arrays are only touched through the kernel
 * (big_*), never indexed here.
 */
#include <math.h>

#include "exc.h"
#include "float.h"
#include "int_impl.h"
#include "ops.h"
#include "tuple.h"
#include "../kernel/checked.h"
#include "../kernel/dtoa.h"

void int_ref(Value v, IntRef *r) {
    r->tmp[0] = 0;
    r->tmp[1] = 0;
    r->d = r->tmp;
    r->n = 0;
    r->neg = false;
    if (val_is_small(v)) {
        intptr_t x = val_small(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        r->tmp[0] = (uint32_t)u;
        r->tmp[1] = (uint32_t)(u >> 32);
        r->n = big_norm(r->tmp, 2);
        r->neg = x < 0;
        return;
    }
    IntObject *o = int_cast(v);
    if (o == NULL || o->n == 0 || o->limbs == NULL) return;
    r->d = o->limbs;
    r->n = big_norm(o->limbs, o->n);
    r->neg = o->neg && r->n != 0;
}

bool int_check(Interp *I, Value v) {
    (void)I;
    return val_is_small(v) || int_cast(v) != NULL;
}

bool int_status(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    if (s == K_NOMEM || s == K_OVERFLOW) {
        exc_nomem(I);
        return false;
    }
    exc_raise(I, TY_SYSTEM_ERROR, "internal error in integer arithmetic (%d)", (int)s);
    return false;
}

uint32_t *int_limbs(Interp *I, size_t n) {
    if (n == 0) n = 1;
    uint32_t *d = big_alloc(I->heap, n);
    if (d == NULL) exc_nomem(I);
    return d;
}

// The magnitude as int64 when it fits the small range with the given sign.
static bool mag_small(const uint32_t *d, size_t n, bool neg, intptr_t *out) {
    uint64_t u;
    if (!big_to_u64(d, n, &u)) return false;
    if (neg) {
        if (u > (uint64_t)VAL_SMALL_MAX + 1u) return false;
        *out = (intptr_t)(0 - u);
        return true;
    }
    if (u > (uint64_t)VAL_SMALL_MAX) return false;
    *out = (intptr_t)u;
    return true;
}

static Value box(Interp *I, Type *t, bool neg, uint32_t *d, size_t n) {
    IntObject *o = obj_alloc(I, t, sizeof(IntObject));
    if (o == NULL) return VAL_NULL;
    o->neg = neg && n != 0;
    o->cap = (uint32_t)n; // (n <= BIG_MAX_LIMBS)
    o->n = n;
    o->limbs = d;
    return obj_val(o);
}

// int_from_mag for [d] allocated with [cap] limbs: a boxed result records the capacity
// (int_arith_tmp may then reuse the limbs).
static Value from_mag_cap(Interp *I, bool neg, uint32_t *d, size_t n, size_t cap) {
    Value r = int_from_mag(I, neg, d, n);
    IntObject *o = val_is_small(r) ? NULL : int_cast(r);
    if (o != NULL && o->limbs == d && cap <= UINT32_MAX) o->cap = (uint32_t)cap;
    return r;
}

Value int_from_mag(Interp *I, bool neg, uint32_t *d, size_t n) {
    n = big_norm(d, n);
    intptr_t x;
    if (mag_small(d, n, neg, &x)) return val_from_small(x);
    return box(I, interp_type(I, TY_INT), neg, d, n);
}

Value int_from_bytes_mag(Interp *I, BView mag, bool big, bool neg) {
    size_t nl = mag.n / 4 + 1;
    uint32_t *d = int_limbs(I, nl);
    if (d == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_from_bytes(d, nl, mag.p, mag.n, big, &n))) return VAL_NULL;
    return int_from_mag(I, neg, d, n);
}

Value int_from_mag_copy(Interp *I, bool neg, const uint32_t *d, size_t n) {
    n = big_norm(d, n);
    intptr_t x;
    if (mag_small(d, n, neg, &x)) return val_from_small(x);
    uint32_t *c = int_limbs(I, n);
    if (c == NULL) return VAL_NULL;
    if (!int_status(I, big_copy(c, n, d, n))) return VAL_NULL;
    return box(I, interp_type(I, TY_INT), neg, c, n);
}

// (out of line: the small-int case of int_from_i64 then needs no stack frame)
static __attribute__((noinline)) Value from_i64_big(Interp *I, int64_t x) {
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    uint32_t *d = int_limbs(I, 2);
    if (d == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_from_u64(d, 2, u, &n))) return VAL_NULL;
    return box(I, interp_type(I, TY_INT), x < 0, d, n);
}

Value int_from_i64(Interp *I, int64_t x) {
    if (x >= (int64_t)VAL_SMALL_MIN && x <= (int64_t)VAL_SMALL_MAX)
        return val_from_small((intptr_t)x);
    return from_i64_big(I, x);
}

Value int_from_u64(Interp *I, uint64_t x) {
    if (x <= (uint64_t)VAL_SMALL_MAX) return val_from_small((intptr_t)x);
    uint32_t *d = int_limbs(I, 2);
    if (d == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_from_u64(d, 2, x, &n))) return VAL_NULL;
    return box(I, interp_type(I, TY_INT), false, d, n);
}

Value int_exact(Interp *I, Value v) {
    if (val_is_small(v)) return v;
    IntObject *o = int_cast(v);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "an integer is required");
    if (o->h.type == interp_type(I, TY_INT)) return v;
    IntRef r;
    int_ref(v, &r);
    return int_from_mag_copy(I, r.neg, r.d, r.n);
}

Value int_new_of_type(Interp *I, Type *t, Value v) {
    if (t == interp_type(I, TY_INT)) return int_exact(I, v);
    IntRef r;
    int_ref(v, &r);
    uint32_t *c = int_limbs(I, r.n);
    if (c == NULL) return VAL_NULL;
    if (!int_status(I, big_copy(c, r.n == 0 ? 1 : r.n, r.d, r.n))) return VAL_NULL;
    return box(I, t, r.neg, c, r.n);
}

bool int_to_i64(Interp *I, Value v, int64_t *out) {
    if (val_is_small(v)) {
        *out = (int64_t)val_small(v);
        return true;
    }
    IntRef r;
    int_ref(v, &r);
    uint64_t u;
    if (big_to_u64(r.d, r.n, &u)) {
        if (!r.neg && u <= (uint64_t)INT64_MAX) {
            *out = (int64_t)u;
            return true;
        }
        if (r.neg && u <= (uint64_t)INT64_MAX + 1u) {
            *out = (int64_t)(0 - u);
            return true;
        }
    }
    exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C long");
    return false;
}

bool int_to_double(Interp *I, Value v, double *out) {
    if (val_is_small(v)) {
        *out = (double)val_small(v);
        return true;
    }
    IntRef r;
    int_ref(v, &r);
    double d = 0;
    if (big_to_double(r.d, r.n, &d) != K_OK) {
        exc_raise(I, TY_OVERFLOW_ERROR, "int too large to convert to float");
        return false;
    }
    *out = r.neg ? -d : d;
    return true;
}

Value int_from_double(Interp *I, double d) {
    if (isinf(d)) return exc_raise(I, TY_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    if (isnan(d)) return exc_raise(I, TY_VALUE_ERROR, "cannot convert float NaN to integer");
    double t = trunc(d);
    if (t >= -4611686018427387904.0 && t < 4611686018427387904.0) // 2**62
        return int_from_i64(I, (int64_t)t);
    size_t cap = big_limbs_for_double(d);
    uint32_t *x = int_limbs(I, cap);
    if (x == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_from_double(x, cap, d, &n))) return VAL_NULL;
    return int_from_mag(I, d < 0, x, n);
}

int int_sign(Interp *I, Value v) {
    (void)I;
    if (val_is_small(v)) {
        intptr_t x = val_small(v);
        return x < 0 ? -1 : x > 0 ? 1 : 0;
    }
    IntRef r;
    int_ref(v, &r);
    if (r.n == 0) return 0;
    return r.neg ? -1 : 1;
}

bool int_is_zero(Value v) { return int_sign(NULL, v) == 0; }

bool int_is_odd(Value v) {
    IntRef r;
    int_ref(v, &r);
    return (big_limb(r.d, r.n, 0) & 1u) != 0;
}

uint64_t int_bit_length(Interp *I, Value v) {
    (void)I;
    IntRef r;
    int_ref(v, &r);
    return big_bit_length(r.d, r.n);
}

#define HASH_MODULUS ((int64_t)(((uint64_t)1 << 61) - 1))

int64_t int_hash(Interp *I, Value v) {
    (void)I;
    int64_t h;
    if (val_is_small(v)) {
        int64_t x = (int64_t)val_small(v);
        h = x < 0 ? -((-x) % HASH_MODULUS) : x % HASH_MODULUS;
    } else {
        IntRef r;
        int_ref(v, &r);
        h = (int64_t)big_mod_mersenne61(r.d, r.n);
        if (r.neg) h = -h;
    }
    return h == -1 ? -2 : h;
}

static int cmp_refs(const IntRef *a, const IntRef *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = big_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int int_compare(Interp *I, Value a, Value b) {
    (void)I;
    if (val_is_small(a) && val_is_small(b)) {
        intptr_t x = val_small(a), y = val_small(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    return cmp_refs(&ra, &rb);
}

// ---- addition and subtraction ----

static Value add_refs(Interp *I, const IntRef *a, const IntRef *b, bool bneg) {
    size_t cap = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *r = int_limbs(I, cap);
    if (r == NULL) return VAL_NULL;
    size_t n;
    if (a->neg == bneg) {
        if (!int_status(I, big_add(r, cap, a->d, a->n, b->d, b->n, &n))) return VAL_NULL;
        return from_mag_cap(I, a->neg, r, n, cap);
    }
    int c = big_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return val_from_small(0);
    if (c > 0) {
        if (!int_status(I, big_sub(r, cap, a->d, a->n, b->d, b->n, &n))) return VAL_NULL;
        return from_mag_cap(I, a->neg, r, n, cap);
    }
    if (!int_status(I, big_sub(r, cap, b->d, b->n, a->d, a->n, &n))) return VAL_NULL;
    return from_mag_cap(I, bneg, r, n, cap);
}

// [v] as a machine integer when it is a small int, True or False (bools are objects; their
// arithmetic is common: `n += x > 0`, sums of tests).
static inline bool small_or_bool(Interp *I, Value v, int64_t *out) {
    if (val_is_small(v)) {
        *out = (int64_t)val_small(v);
        return true;
    }
    if (v == I->true_ || v == I->false_) {
        *out = v == I->true_;
        return true;
    }
    return false;
}

Value int_add(Interp *I, Value a, Value b) {
    int64_t x, y;
    if (small_or_bool(I, a, &x) && small_or_bool(I, b, &y)) return int_from_i64(I, x + y);
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    return add_refs(I, &ra, &rb, rb.neg);
}

Value int_sub(Interp *I, Value a, Value b) {
    int64_t x, y;
    if (small_or_bool(I, a, &x) && small_or_bool(I, b, &y)) return int_from_i64(I, x - y);
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    return add_refs(I, &ra, &rb, rb.n != 0 && !rb.neg);
}

Value int_mul(Interp *I, Value a, Value b) {
    int64_t x, y;
    if (small_or_bool(I, a, &x) && small_or_bool(I, b, &y)) {
        int64_t p;
        if (i64_mul(x, y, &p)) return int_from_i64(I, p);
    }
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    if (ra.n == 0 || rb.n == 0) return val_from_small(0);
    if (ra.n > BIG_MAX_LIMBS - rb.n) return exc_nomem(I);
    size_t cap = ra.n + rb.n;
    uint32_t *r = int_limbs(I, cap);
    if (r == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_mul(I->heap, r, cap, ra.d, ra.n, rb.d, rb.n, &n))) return VAL_NULL;
    return from_mag_cap(I, ra.neg != rb.neg, r, n, cap);
}

// The result [neg] / [n] limbs now in [t]'s own limbs: a small int when it fits (the box is
// then dropped), else [t] updated.
static Value into_box(IntObject *t, bool neg, size_t n) {
    n = big_norm(t->limbs, n);
    intptr_t x;
    if (mag_small(t->limbs, n, neg, &x)) return val_from_small(x);
    t->neg = neg && n != 0;
    t->n = n;
    return obj_val(t);
}

static Value arith_tmp(Interp *I, Value a, Value b, BinOp op, Value tmp) {
    IntObject *t = tmp != VAL_NULL ? int_cast(tmp) : NULL;
    if (t != NULL && t->limbs != NULL && (op == BINOP_ADD || op == BINOP_SUB || op == BINOP_MUL)) {
        size_t cap = t->cap;
        IntRef ra, rb;
        int_ref(a, &ra);
        int_ref(b, &rb);
        size_t n;
        if (op == BINOP_MUL) {
            // by one limb in place (t is the other operand; big_mul_small may write over it)
            const IntRef *big = tmp == a ? &ra : &rb, *one = tmp == a ? &rb : &ra;
            if (one->n == 0) return val_from_small(0);
            uint32_t m = big_limb(one->d, one->n, 0);
            if (one->n == 1 && big->n < cap &&
                big_mul_small(t->limbs, cap, big->d, big->n, m, 0, &n) == K_OK)
                return into_box(t, ra.neg != rb.neg, n);
        } else {
            bool bneg = op == BINOP_ADD ? rb.neg : rb.n != 0 && !rb.neg;
            if ((ra.n > rb.n ? ra.n : rb.n) < cap) {
                // big_add / big_sub may write over either operand
                if (ra.neg == bneg) {
                    if (big_add(t->limbs, cap, ra.d, ra.n, rb.d, rb.n, &n) == K_OK)
                        return into_box(t, ra.neg, n);
                } else {
                    int c = big_cmp(ra.d, ra.n, rb.d, rb.n);
                    if (c == 0) return val_from_small(0);
                    if (c > 0 ? big_sub(t->limbs, cap, ra.d, ra.n, rb.d, rb.n, &n) == K_OK
                              : big_sub(t->limbs, cap, rb.d, rb.n, ra.d, ra.n, &n) == K_OK)
                        return into_box(t, c > 0 ? ra.neg : bneg, n);
                }
            }
        }
    }
    if (op == BINOP_ADD) return int_add(I, a, b);
    return op == BINOP_SUB ? int_sub(I, a, b) : int_mul(I, a, b);
}

Value int_arith_tmp(Interp *I, Value a, Value b, BinOp op, unsigned flags, Value *fresh) {
    Value r = arith_tmp(I, a, b, op,
                        (flags & BINOP_TMP_LEFT) && a == *fresh    ? a
                        : (flags & BINOP_TMP_RIGHT) && b == *fresh ? b
                                                                   : VAL_NULL);
    *fresh = r;
    return r;
}

Value int_neg(Interp *I, Value a) {
    if (val_is_small(a)) return int_from_i64(I, -(int64_t)val_small(a));
    IntRef r;
    int_ref(a, &r);
    return int_from_mag_copy(I, r.n != 0 && !r.neg, r.d, r.n);
}

Value int_abs(Interp *I, Value a) {
    if (val_is_small(a)) {
        int64_t x = (int64_t)val_small(a);
        return int_from_i64(I, x < 0 ? -x : x);
    }
    IntRef r;
    int_ref(a, &r);
    return int_from_mag_copy(I, false, r.d, r.n);
}

// ---- division ----

bool int_divmod_parts(Interp *I, Value a, Value b, Value *q, Value *r) {
    if (val_is_small(a) && val_is_small(b)) {
        int64_t x = (int64_t)val_small(a), y = (int64_t)val_small(b);
        if (y == 0) {
            exc_raise(I, TY_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
            return false;
        }
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq -= 1;
            rr += y;
        }
        if (q != NULL) *q = int_from_i64(I, qq);
        if (r != NULL) *r = int_from_i64(I, rr);
        return (q == NULL || *q != VAL_NULL) && (r == NULL || *r != VAL_NULL);
    }
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    if (rb.n == 0) {
        exc_raise(I, TY_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
        return false;
    }
    size_t qcap = ra.n >= rb.n ? ra.n - rb.n + 1 : 1;
    bool qneg = ra.neg != rb.neg;
    bool rneg = ra.neg;
    uint32_t *qd = int_limbs(I, qcap + 1);
    if (qd == NULL) return false;
    // a // b of like signs needs no remainder: big_divmod then writes none
    uint32_t *rd = NULL;
    if (r != NULL || qneg) {
        rd = int_limbs(I, rb.n);
        if (rd == NULL) return false;
    }
    size_t qn, rn;
    if (!int_status(I, big_divmod(I->heap, qd, qcap, rd, rb.n, ra.d, ra.n, rb.d, rb.n, &qn, &rn)))
        return false;
    if (qneg && rn != 0) {
        // floor: q = -(Q + 1), r = |b| - R with the sign of b
        uint32_t one[1] = {1};
        if (!int_status(I, big_add(qd, qcap + 1, qd, qn, one, 1, &qn))) return false;
        if (!int_status(I, big_sub(rd, rb.n, rb.d, rb.n, rd, rn, &rn))) return false;
        rneg = rb.neg;
    }
    if (q != NULL) {
        *q = int_from_mag(I, qneg, qd, qn);
        if (*q == VAL_NULL) return false;
    }
    if (r != NULL) {
        *r = int_from_mag(I, rneg, rd, rn);
        if (*r == VAL_NULL) return false;
    }
    return true;
}

Value int_floordiv(Interp *I, Value a, Value b) {
    Value q;
    if (!int_divmod_parts(I, a, b, &q, NULL)) return VAL_NULL;
    return q;
}

Value int_mod(Interp *I, Value a, Value b) {
    if (int_is_zero(b)) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "integer modulo by zero");
    Value r;
    if (!int_divmod_parts(I, a, b, NULL, &r)) return VAL_NULL;
    return r;
}

Value int_divmod(Interp *I, Value a, Value b) {
    if (!int_check(I, a) || !int_check(I, b)) return I->notimpl;
    Value q, r;
    if (!int_divmod_parts(I, a, b, &q, &r)) return VAL_NULL;
    return tuple_pack(I, 2, q, r);
}

double int_round_scaled(uint64_t q, bool sticky, int64_t e) {
    return dtoa_round_scaled(q, sticky, e);
}

Value int_truediv(Interp *I, Value a, Value b) {
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    if (rb.n == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "division by zero");
    bool neg = ra.neg != rb.neg;
    uint64_t la = big_bit_length(ra.d, ra.n), lb = big_bit_length(rb.d, rb.n);
    if (la <= 53 && lb <= 53) {
        double x = 0, y = 0;
        if (big_to_double(ra.d, ra.n, &x) != K_OK || big_to_double(rb.d, rb.n, &y) != K_OK)
            return exc_raise(I, TY_OVERFLOW_ERROR, "int too large to convert to float");
        double q = x / y; // both exact: IEEE division rounds correctly
        return float_new(I, neg ? -q : q);
    }
    if (ra.n == 0) return float_new(I, neg ? -0.0 : 0.0);
    int64_t diff = (int64_t)la - (int64_t)lb;
    if (diff > 1025)
        return exc_raise(I, TY_OVERFLOW_ERROR, "integer division result too large for a float");
    if (diff < -1080) return float_new(I, neg ? -0.0 : 0.0);
    // q = floor(a * 2**shift / b) has 55 or 56 bits
    int64_t shift = 55 - diff;
    uint32_t *num;
    size_t nn;
    bool sticky = false;
    if (shift >= 0) {
        size_t cap = ra.n + (size_t)shift / 32 + 2;
        num = int_limbs(I, cap);
        if (num == NULL) return VAL_NULL;
        if (!int_status(I, big_shl(num, cap, ra.d, ra.n, (uint64_t)shift, &nn))) return VAL_NULL;
    } else {
        num = int_limbs(I, ra.n);
        if (num == NULL) return VAL_NULL;
        if (!int_status(I, big_shr(num, ra.n, ra.d, ra.n, (uint64_t)-shift, &nn, &sticky)))
            return VAL_NULL;
    }
    size_t qcap = nn >= rb.n ? nn - rb.n + 1 : 1;
    uint32_t *qd = int_limbs(I, qcap);
    uint32_t *rd = int_limbs(I, rb.n);
    if (qd == NULL || rd == NULL) return VAL_NULL;
    size_t qn, rn;
    if (!int_status(I, big_divmod(I->heap, qd, qcap, rd, rb.n, num, nn, rb.d, rb.n, &qn, &rn)))
        return VAL_NULL;
    if (rn != 0) sticky = true;
    uint64_t q = 0;
    if (!big_to_u64(qd, qn, &q)) return exc_raise(I, TY_SYSTEM_ERROR, "true division overflow");
    double d = int_round_scaled(q, sticky, -shift);
    if (isinf(d))
        return exc_raise(I, TY_OVERFLOW_ERROR, "integer division result too large for a float");
    return float_new(I, neg ? -d : d);
}

// ---- powers and shifts ----

Value int_pow(Interp *I, Value a, Value b) {
    a = int_exact(I, a); // unboxes bools and small subclass values
    if (a == VAL_NULL) return VAL_NULL;
    int sb = int_sign(I, b);
    if (sb < 0) {
        double x, y;
        if (!int_to_double(I, a, &x) || !int_to_double(I, b, &y)) return VAL_NULL;
        return float_binop_double(I, x, y, BINOP_POW);
    }
    if (sb == 0) return val_from_small(1);
    if (val_is_small(a)) {
        intptr_t x = val_small(a);
        if (x == 0 || x == 1) return a;
        if (x == -1) return val_from_small(int_is_odd(b) ? -1 : 1);
    }
    IntRef rb;
    int_ref(b, &rb);
    uint64_t e;
    uint64_t abits = int_bit_length(I, a);
    if (!big_to_u64(rb.d, rb.n, &e) || e > UINT64_MAX / (abits + 1)) return exc_nomem(I);
    // the result has about abits * e bits: refuse early what the heap cannot hold
    uint64_t est_bytes = ((abits - 1) * e) / 8;
    if (est_bytes > (uint64_t)heap_capacity(I->heap)) return exc_nomem(I);
    Value result = val_from_small(1);
    Value base = int_exact(I, a);
    if (base == VAL_NULL) return VAL_NULL;
    int top = 63;
    while (top > 0 && ((e >> top) & 1u) == 0) top--;
    for (int i = top; i >= 0; i--) {
        result = int_mul(I, result, result);
        if (result == VAL_NULL) return VAL_NULL;
        if ((e >> i) & 1u) {
            result = int_mul(I, result, base);
            if (result == VAL_NULL) return VAL_NULL;
        }
    }
    return result;
}

Value int_shift(Interp *I, Value a, Value b, bool left) {
    if (int_sign(I, b) < 0) return exc_raise(I, TY_VALUE_ERROR, "negative shift count");
    if (int_is_zero(a)) return val_from_small(0);
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    uint64_t s;
    bool huge = !big_to_u64(rb.d, rb.n, &s);
    if (left) {
        uint64_t bits = big_bit_length(ra.d, ra.n);
        // CPython counts the result in 30-bit digits and refuses more than fit in a
        // Py_ssize_t-sized allocation with OverflowError; smaller ones fail to allocate.
        if (huge || s / 30u + (bits + 29u) / 30u + 1u > ((uint64_t)INT64_MAX - 24u) / 4u)
            return exc_raise(I, TY_OVERFLOW_ERROR, "too many digits in integer");
        if (s > (uint64_t)heap_capacity(I->heap) * 8u) return exc_nomem(I);
        if (val_is_small(a) && bits + s < 62) {
            int64_t x = (int64_t)val_small(a);
            return int_from_i64(I, x < 0 ? -(int64_t)((uint64_t)(-x) << s) : (int64_t)((uint64_t)x << s));
        }
        size_t cap = ra.n + (size_t)(s / 32) + 1;
        uint32_t *r = int_limbs(I, cap);
        if (r == NULL) return VAL_NULL;
        size_t n;
        if (!int_status(I, big_shl(r, cap, ra.d, ra.n, s, &n))) return VAL_NULL;
        return int_from_mag(I, ra.neg, r, n);
    }
    if (huge) return val_from_small(ra.neg ? -1 : 0);
    if (val_is_small(a)) {
        int64_t x = (int64_t)val_small(a);
        if (s >= 63) return val_from_small(x < 0 ? -1 : 0);
        return int_from_i64(I, x >> s); // arithmetic shift floors, as Python does
    }
    uint32_t *r = int_limbs(I, ra.n);
    if (r == NULL) return VAL_NULL;
    size_t n;
    bool lost;
    if (!int_status(I, big_shr(r, ra.n, ra.d, ra.n, s, &n, &lost))) return VAL_NULL;
    if (ra.neg && lost) {
        uint32_t one[1] = {1};
        uint32_t *r2 = int_limbs(I, n + 1);
        if (r2 == NULL) return VAL_NULL;
        if (!int_status(I, big_add(r2, n + 1, r, n, one, 1, &n))) return VAL_NULL;
        r = r2;
    }
    return int_from_mag(I, ra.neg, r, n);
}

static Value bitop(Interp *I, Value a, Value b, BigBitOp op) {
    if (val_is_small(a) && val_is_small(b)) {
        intptr_t x = val_small(a), y = val_small(b);
        intptr_t z = op == BIG_AND ? (x & y) : op == BIG_OR ? (x | y) : (x ^ y);
        return val_from_small(z);
    }
    IntRef ra, rb;
    int_ref(a, &ra);
    int_ref(b, &rb);
    size_t cap = (ra.n > rb.n ? ra.n : rb.n) + 1;
    uint32_t *r = int_limbs(I, cap);
    if (r == NULL) return VAL_NULL;
    bool neg;
    size_t n;
    if (!int_status(I, big_bitop(r, cap, ra.d, ra.n, ra.neg, rb.d, rb.n, rb.neg, op, &neg, &n)))
        return VAL_NULL;
    return int_from_mag(I, neg, r, n);
}

// ---- slots ----

Value int_binop(Interp *I, Value a, Value b, BinOp op) {
    if (!int_check(I, a) || !int_check(I, b)) return I->notimpl;
    if ((int)op >= (int)BINOP_INPLACE) op = (BinOp)((int)op - (int)BINOP_INPLACE);
    switch (op) {
    case BINOP_ADD: return int_add(I, a, b);
    case BINOP_SUB: return int_sub(I, a, b);
    case BINOP_MUL: return int_mul(I, a, b);
    case BINOP_FLOORDIV: return int_floordiv(I, a, b);
    case BINOP_MOD: return int_mod(I, a, b);
    case BINOP_TRUEDIV: return int_truediv(I, a, b);
    case BINOP_POW: return int_pow(I, a, b);
    case BINOP_LSHIFT: return int_shift(I, a, b, true);
    case BINOP_RSHIFT: return int_shift(I, a, b, false);
    case BINOP_AND: return bitop(I, a, b, BIG_AND);
    case BINOP_OR: return bitop(I, a, b, BIG_OR);
    case BINOP_XOR: return bitop(I, a, b, BIG_XOR);
    default: return I->notimpl;
    }
}

Value int_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!int_check(I, a) || !int_check(I, b)) return I->notimpl;
    int c = int_compare(I, a, b);
    return interp_bool(I, cmp_holds(c, op));
}

Value int_powmod(Interp *I, Value a, Value b, Value m) {
    if (!int_check(I, a) || !int_check(I, b) || !int_check(I, m))
        return exc_raise(I, TY_TYPE_ERROR,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_is_zero(m)) return exc_raise(I, TY_VALUE_ERROR, "pow() 3rd argument cannot be 0");
    bool mneg = int_sign(I, m) < 0;
    Value mm = mneg ? int_neg(I, m) : int_exact(I, m);
    if (mm == VAL_NULL) return VAL_NULL;
    Value base = int_mod(I, a, mm);
    if (base == VAL_NULL) return VAL_NULL;
    if (int_sign(I, b) < 0) {
        // modular inverse of base by the extended Euclidean algorithm
        Value r0 = mm, r1 = base, t0 = val_from_small(0), t1 = val_from_small(1);
        while (!int_is_zero(r1)) {
            Value q, r;
            if (!int_divmod_parts(I, r0, r1, &q, &r)) return VAL_NULL;
            Value qt = int_mul(I, q, t1);
            if (qt == VAL_NULL) return VAL_NULL;
            Value t2 = int_sub(I, t0, qt);
            if (t2 == VAL_NULL) return VAL_NULL;
            r0 = r1;
            r1 = r;
            t0 = t1;
            t1 = t2;
        }
        if (!(val_is_small(r0) && val_small(r0) == 1))
            return exc_raise(I, TY_VALUE_ERROR, "base is not invertible for the given modulus");
        base = int_mod(I, t0, mm);
        if (base == VAL_NULL) return VAL_NULL;
        b = int_neg(I, b);
        if (b == VAL_NULL) return VAL_NULL;
    }
    Value result = val_from_small(1);
    if (val_is_small(mm) && val_small(mm) == 1) result = val_from_small(0);
    uint64_t nbits = int_bit_length(I, b);
    IntRef rb;
    int_ref(b, &rb);
    for (uint64_t i = nbits; i-- > 0;) {
        result = int_mul(I, result, result);
        if (result == VAL_NULL) return VAL_NULL;
        result = int_mod(I, result, mm);
        if (result == VAL_NULL) return VAL_NULL;
        if (big_bit(rb.d, rb.n, i)) {
            result = int_mul(I, result, base);
            if (result == VAL_NULL) return VAL_NULL;
            result = int_mod(I, result, mm);
            if (result == VAL_NULL) return VAL_NULL;
        }
    }
    if (mneg && !int_is_zero(result)) result = int_sub(I, result, mm);
    return result;
}

bool int_check_str_digits(Interp *I, uint64_t ndigits, bool parsing) {
    int lim = I->int_max_str_digits;
    if (lim <= 0 || ndigits <= (uint64_t)lim) return true;
    if (parsing)
        exc_raise(I, TY_VALUE_ERROR,
                  "Exceeds the limit (%d digits) for integer string conversion: value has %lld "
                  "digits; use sys.set_int_max_str_digits() to increase the limit",
                  lim, (long long)ndigits);
    else
        exc_raise(I, TY_VALUE_ERROR,
                  "Exceeds the limit (%d digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  lim);
    return false;
}
